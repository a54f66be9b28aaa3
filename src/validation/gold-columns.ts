// The columns of a hand-coding sheet: written by `sample`, read by `validate`.

/** What identifies an item and what the coder reads. */
export const ITEM_COLUMNS = [
  'item_id', 'kind', 'split', 'stratum', 'doc_id', 'doc_fingerprint', 'group', 'sentence_index', 'char_start', 'char_end',
  'category', 'entry', 'matched', 'left_context', 'sentence', 'right_context',
] as const;

/** What the coder fills in: for a hit, frame and negated; for a sentence, the categories it evokes. */
export const CODE_COLUMNS = ['coder', 'code_frame', 'code_negated', 'code_categories', 'note'] as const;

export const GOLD_COLUMNS = [...ITEM_COLUMNS, ...CODE_COLUMNS] as const;

export const FRAME_CODES = ['yes', 'no', 'unsure'] as const;
export const NEGATED_CODES = ['yes', 'no'] as const;
