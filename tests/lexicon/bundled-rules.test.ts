// The bundled lexicon's sense rules, each on a constructed sentence where the rule decides the count (lexicons/CHANGELOG.md).
import { describe, expect, it } from 'vitest';
import { compileLexicon, matchTokens, readLexicon } from '../../src/lexicon/index.ts';
import { tokenize } from '../../src/text/index.ts';

const lex = compileLexicon(readLexicon('lexicons/framing.yaml'));

/** Hits of one category as the text they cover. */
function hits(category: string, text: string): string[] {
  const { tokens } = tokenize(text);
  return matchTokens(lex, tokens)
    .filter((m) => m.category === category)
    .map((m) => text.slice(tokens[m.tokenStart]!.start, tokens[m.tokenEnd - 1]!.end));
}

describe('lexicon 1.2: names of bodies, days and titles are not the frame', () => {
  it('the U.S. National Security Council and the UN Council as a seat or a venue are not appeals to UN authority', () => {
    expect(hits('international_legitimacy', 'A director of the National Security Council joined the call.')).toEqual([]);
    expect(hits('international_legitimacy', 'Ireland is an elected member of the UN Security Council.')).toEqual([]);
    expect(hits('international_legitimacy', 'Remarks at a UN Security Council briefing on Yemen.')).toEqual([]);
    expect(hits('international_legitimacy', 'The strikes defy the UN Security Council.')).toEqual(['UN Security Council']);
  });

  it('the Assembly as a venue and the Group of Friends in Defence of the UN Charter are bare mentions', () => {
    expect(hits('international_legitimacy', 'They met on the sidelines of the General Assembly.')).toEqual([]);
    expect(hits('international_legitimacy', 'The Group of Friends in Defence of the UN Charter met today.')).toEqual([]);
    expect(hits('international_legitimacy', 'The annexation breaches the UN Charter.')).toEqual(['UN Charter']);
  });

  it('a day of commemoration, a refugee bureau and a coalition name do not count', () => {
    expect(hits('foreign_blame', 'The International Day against Colonialism was marked.')).toEqual([]);
    expect(hits('foreign_blame', 'They denounced Western colonialism.')).toEqual(['colonialism']);
    expect(hits('humanitarian_return', 'The Bureau of Population, Refugees, and Migration funds the camps.')).toEqual([]);
    expect(hits('humanitarian_return', 'Refugees fled the shelling.')).toEqual(['Refugees']);
    expect(hits('terrorism_extremism', 'Ministers of the Global Coalition to Defeat ISIS met in Rome.')).toEqual([]);
    expect(hits('terrorism_extremism', 'ISIS claimed the attack.')).toEqual(['ISIS']);
  });
});

describe('lexicon 1.2: policy-topic labels are not claims about an actor', () => {
  it('countering terrorism and extremism, as far as four tokens after the verb', () => {
    // counter(0) international(1) terrorism(2) and(3) extremism(4): both labels of one agenda item
    expect(hits('terrorism_extremism', 'They agreed to counter international terrorism and extremism.')).toEqual([]);
    expect(hits('terrorism_extremism', 'The bombing was an act of extremism.')).toEqual(['extremism']);
    expect(hits('terrorism_extremism', 'Banks must stop money laundering and terrorist financing.')).toEqual([]);
  });

  it('organised crime, illegal migration and IUU fishing are agenda labels; crimes of an actor count', () => {
    expect(hits('illegality', 'We will combat transnational organised crime and illegal migration.')).toEqual([]);
    expect(hits('illegality', 'Talks covered illegal, unreported, and unregulated fishing.')).toEqual([]);
    expect(hits('illegality', 'The occupation forces committed crimes and illegal detentions.')).toEqual(['crimes', 'illegal']);
    expect(hits('illegality', 'The perpetrators must face justice.')).toEqual(['perpetrators']);
  });

  it('gendered disinformation, Holocaust denial and distortion, and deep fakes are topics, not accusations', () => {
    expect(hits('disinformation', 'The partnership addresses gendered disinformation online.')).toEqual([]);
    expect(hits('disinformation', 'We will counter Holocaust denial and distortion.')).toEqual([]);
    expect(hits('disinformation', 'Forms of abuse include malicious deep fakes.')).toEqual([]);
    expect(hits('disinformation', 'Their reports are fakes and a distortion of the facts.')).toEqual(['fakes', 'distortion']);
  });
});

describe('lexicon 1.2: other senses', () => {
  it('returning home after an exchange of prisoners is not refugee return', () => {
    expect(hits('humanitarian_return', 'After the exchange, 200 servicemen will return home.')).toEqual([]);
    expect(hits('humanitarian_return', 'Refugees want to return home safely.')).toEqual(['Refugees', 'return home']);
  });

  it('unacceptable to someone is a negotiating position, not a verdict', () => {
    expect(hits('moral_condemnation', 'Such proposals are unacceptable to many delegations.')).toEqual([]);
    expect(hits('moral_condemnation', 'These strikes are unacceptable.')).toEqual(['unacceptable']);
    expect(hits('moral_condemnation', 'Three condemned prisoners escaped.')).toEqual([]);
  });

  it('intimidation is not listed as a sanction; pressure on a terrorist group is not coercion of a state', () => {
    expect(hits('sanctions_coercion', 'The regime sought to intimidate voters.')).toEqual([]);
    expect(hits('sanctions_coercion', 'The coalition keeps military pressure on ISIS remnants.')).toEqual([]);
    expect(hits('sanctions_coercion', 'We will increase pressure on the Kremlin.')).toEqual(['pressure on']);
  });

  it('technological sovereignty, a Nazi-occupied village and an information blockade are other senses', () => {
    expect(hits('sovereignty', 'Full technological sovereignty has been achieved.')).toEqual([]);
    expect(hits('sovereignty', 'The unit stormed the Nazi-occupied village.')).toEqual([]);
    expect(hits('sovereignty', 'Troops occupied the city.')).toEqual(['occupied']);
    expect(hits('sanctions_coercion', 'Journalists broke through information blockades.')).toEqual([]);
  });

  it('humanitarian, cultural and educational ties are people-to-people ties', () => {
    expect(hits('humanitarian_return', 'We are developing humanitarian, cultural and educational ties.')).toEqual([]);
    expect(hits('humanitarian_return', 'The humanitarian situation is dire.')).toEqual(['humanitarian situation']);
  });

  it('declaring war on a country long ago is not a war-on framing; new markers of 1.2 count', () => {
    expect(hits('aggression_escalation', 'In 1877 the Emperor decided to declare war on the Ottoman Empire.')).toEqual([]);
    expect(hits('suffering_victimhood', 'Children were forcibly transferred; the bloodshed continues.')).toEqual(['forcibly transferred', 'bloodshed']);
    expect(hits('foreign_blame', 'Russia continues its malign activities.')).toEqual(['malign']);
    expect(hits('humanitarian_return', 'Children were reunited with their families.')).toEqual(['reunited']);
  });
});
