#!/usr/bin/env bash
# Sets up Jupyter for the TypeScript notebooks: Debian's Jupyter (only when missing) and the Deno
# kernelspec in the project-local .jupyter/ (never in the user's home). Use it with JUPYTER_PATH=.jupyter.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

# Jupyter comes from Debian: the machine's python3 may be a pyenv Python without it, so check /usr/bin.
packages=(jupyter-notebook jupyter-nbconvert python3-nbclient jupyter-client)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]} > 0)); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "notebooks:setup: Debian packages missing: ${missing[*]}" >&2
    echo "  install them as root: apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "notebooks:setup: installing ${missing[*]} (about 95 s)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
/usr/bin/python3 -c 'import nbclient, nbconvert, jupyter_client' \
  || { echo "notebooks:setup: /usr/bin/python3 cannot import nbclient/nbconvert/jupyter_client" >&2; exit 1; }

deno="$root/node_modules/.bin/deno"
[[ -x "$deno" ]] || { echo "notebooks:setup: $deno not found: run npm ci first" >&2; exit 1; }

# deno jupyter --install writes to $XDG_DATA_HOME/jupyter/kernels: point it at a scratch folder, then move the spec.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
XDG_DATA_HOME="$scratch" HOME="$scratch" "$deno" jupyter --install --force >/dev/null 2>&1 \
  || { echo "notebooks:setup: deno jupyter --install failed" >&2; exit 1; }
spec="$(dirname "$(find "$scratch" -path '*/kernels/deno/kernel.json' | head -n 1)")"
[[ -f "$spec/kernel.json" ]] || { echo "notebooks:setup: deno did not write a kernelspec" >&2; exit 1; }
rm -rf .jupyter/kernels/deno
mkdir -p .jupyter/kernels
cp -r "$spec" .jupyter/kernels/deno

PYDEVD_DISABLE_FILE_VALIDATION=1 JUPYTER_PATH="$root/.jupyter" /usr/bin/jupyter kernelspec list 2>/dev/null | grep -q '^ *deno ' \
  || { echo "notebooks:setup: Jupyter does not see the deno kernel in .jupyter/" >&2; exit 1; }
echo "notebooks:setup: Deno kernel installed in .jupyter/kernels/deno"
echo "  open the notebooks with: JUPYTER_PATH=.jupyter /usr/bin/jupyter notebook notebooks/"
