// The /causes list with search-as-you-type and category chips, all in the browser:
// no backend round trip per keystroke, so it works offline. It finds causes, remedies, kinds of
// twitch and red flags. The ranking mirrors twitch_app/knowledge/search.py step for step (a
// browser test checks they agree); the alias list comes from there too.
import { useMemo, useState } from "react";
import { Link } from "react-router";

const WHOLE_WORD_BELOW = 4;
const TYPO_FROM = 5;
const [PHRASE_IN_TITLE, PHRASE_IN_SYNONYM, WORDS_IN_KEYWORDS, WORDS_IN_TEXT] = [0, 1, 2, 3];

function normalise(text) {
  const lowered = text.toLowerCase().replace(/['\u2019]/g, "");
  return lowered.replace(/[^a-z0-9%]+/g, " ").trim().split(/\s+/).filter(Boolean).join(" ");
}

function expand(phrase, aliases) {
  let padded = ` ${phrase} `;
  for (const [typed, meant] of aliases) padded = padded.split(` ${typed} `).join(` ${meant} `);
  return padded.trim();
}

function containsWords(haystack, phrase) {
  if (phrase.length < WHOLE_WORD_BELOW) return ` ${haystack} `.includes(` ${phrase} `);
  return ` ${haystack}`.includes(` ${phrase}`);
}

function oneEditApart(a, b) {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diffs = [];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diffs.push(i);
    if (diffs.length === 1) return true;
    const [i, j] = [diffs[0], diffs[diffs.length - 1]];
    return diffs.length === 2 && j === i + 1 && a[i] === b[j] && a[j] === b[i];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

function correct(phrase, cards) {
  const words = phrase.split(" ");
  words.forEach((word, index) => {
    if (word.length < TYPO_FROM || cards.some((card) => containsWords(card.haystack, word))) return;
    const counts = new Map();
    for (const card of cards) {
      for (const candidate of new Set(card.haystack.split(" "))) {
        if (oneEditApart(word, candidate)) counts.set(candidate, (counts.get(candidate) || 0) + 1);
      }
    }
    if (counts.size) {
      const best = [...counts.keys()].sort((x, y) =>
        counts.get(y) - counts.get(x) || (x < y ? -1 : x > y ? 1 : 0));
      words[index] = best[0];
    }
  });
  return words.join(" ");
}

function tier(card, phrase) {
  const words = phrase.split(" ");
  if (!words.every((word) => containsWords(card.haystack, word))) return null;
  if (containsWords(normalise(card.title), phrase)) return PHRASE_IN_TITLE;
  if (containsWords(card.keywords, phrase)) return PHRASE_IN_SYNONYM;
  if (words.every((word) => containsWords(card.keywords, word))) return WORDS_IN_KEYWORDS;
  return WORDS_IN_TEXT;
}

function rank(cards, query, category, aliases) {
  const phrase = correct(expand(normalise(query), aliases), cards);
  const hits = [];
  cards.forEach((card, position) => {
    if (category && (card.kind !== "cause" || card.category !== category)) return;
    if (!phrase) {
      if (card.kind === "cause") hits.push([card.rare, WORDS_IN_TEXT, position, card]);
      return;
    }
    const level = tier(card, phrase);
    if (level !== null) hits.push([card.rare, level, position, card]);
  });
  hits.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  return hits.map((hit) => hit[3]);
}

const KIND_NAMES = { remedy: "Remedy", type: "Kind of twitch", red_flag: "See a doctor" };

function CardLink({ card }) {
  return (
    <li>
      <Link to={card.href} className="link-row" data-card-id={card.id} data-kind={card.kind}>
        <span className="link-row-title">
          {KIND_NAMES[card.kind] ? <span className="tag">{KIND_NAMES[card.kind]}</span> : null}
          {card.title}
        </span>
        <span className="link-row-text">{card.summary}</span>
      </Link>
    </li>
  );
}

export function CauseBrowser({ cards, categories, aliases }) {
  const [query, setQuery] = useState("");
  const [category, setCategory] = useState(null);
  const ranked = useMemo(() => rank(cards, query, category, aliases || []),
    [cards, query, category, aliases]);
  const results = ranked.filter((card) => !card.rare);
  const rareHit = ranked.find((card) => card.rare);
  const searching = normalise(query) !== "";
  const groups = categories
    .map((name) => [name, results.filter((card) => card.category === name)])
    .filter(([, list]) => list.length > 0);
  const noun = searching ? "card" : "cause";

  return (
    <div className="cause-browser">
      <label htmlFor="cause-search" className="field-label">Search causes</label>
      <input id="cause-search" type="search" className="text-input" value={query}
        placeholder="coffee, eyelid, cramp, sleep..." autoComplete="off" enterKeyHint="search"
        onChange={(event) => setQuery(event.target.value.slice(0, 80))} />
      <div className="chips" role="group" aria-label="Filter by category">
        {[null, ...categories].map((name) => (
          <button key={name ?? "all"} type="button" className="chip"
            aria-pressed={category === name} onClick={() => setCategory(name)}>
            {name ?? "All"}
          </button>
        ))}
      </div>
      <p className="result-count" role="status">
        {results.length === 1 ? `1 ${noun}` : `${results.length} ${noun}s`}
      </p>
      {results.length === 0 && (
        <div className="empty-state" id="no-results">
          <p>Nothing matches {searching ? <q>{query}</q> : "this filter"}{category ? ` in ${category}` : ""}.</p>
          <p>Try a body part (eyelid, calf), a habit (coffee, alcohol, sleep) or a feeling
            (stress, worry). Worried about something serious? Read the card on rare conditions below.</p>
          <button type="button" className="link-button"
            onClick={() => { setQuery(""); setCategory(null); }}>Show all causes</button>
        </div>
      )}
      {searching && results.length > 0 && (
        <section aria-label="Search results">
          <h2>Best matches</h2>
          <ul className="link-rows">{results.map((card) => <CardLink key={card.id} card={card} />)}</ul>
        </section>
      )}
      {searching && rareHit && (
        <p className="small" data-rare-id={rareHit.id}>
          Also: <Link to={rareHit.href}>{rareHit.title}</Link>, with the real odds.
        </p>
      )}
      {!searching && groups.map(([name, list]) => (
        <section key={name} aria-label={name}>
          <h2>{name}</h2>
          <ul className="link-rows">{list.map((card) => <CardLink key={card.id} card={card} />)}</ul>
        </section>
      ))}
    </div>
  );
}
