// The /causes list with search-as-you-type and category chips, all in the browser:
// no backend round trip per keystroke, so it works offline. The ranking mirrors
// twitch_app/knowledge/search.py (a browser test checks they agree).
import { useMemo, useState } from "react";
import { Link } from "react-router";

const WHOLE_WORD_BELOW = 4;
const [PHRASE_IN_TITLE, PHRASE_IN_SYNONYM, WORDS_IN_KEYWORDS, WORDS_IN_TEXT] = [0, 1, 2, 3];

function normalise(text) {
  const lowered = text.toLowerCase().replace(/['\u2019]/g, "");
  return lowered.replace(/[^a-z0-9%]+/g, " ").trim().split(/\s+/).filter(Boolean).join(" ");
}

function containsWords(haystack, phrase) {
  if (phrase.length < WHOLE_WORD_BELOW) return ` ${haystack} `.includes(` ${phrase} `);
  return ` ${haystack}`.includes(` ${phrase}`);
}

function tier(card, phrase) {
  const words = phrase.split(" ");
  if (!words.every((word) => containsWords(card.haystack, word))) return null;
  if (containsWords(normalise(card.title), phrase)) return PHRASE_IN_TITLE;
  if (card.synonyms.some((synonym) => containsWords(synonym, phrase))) return PHRASE_IN_SYNONYM;
  if (words.every((word) => containsWords(card.keywords, word))) return WORDS_IN_KEYWORDS;
  return WORDS_IN_TEXT;
}

function rank(cards, query, category) {
  const phrase = normalise(query);
  const hits = [];
  cards.forEach((card, position) => {
    if (category && card.category !== category) return;
    const level = phrase ? tier(card, phrase) : WORDS_IN_TEXT;
    if (level !== null) hits.push([level, position, card]);
  });
  hits.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return hits.map((hit) => hit[2]);
}

function CardLink({ card }) {
  return (
    <li>
      <Link to={`/causes/${card.id}`} className="link-row" data-card-id={card.id}>
        <span className="link-row-title">{card.title}</span>
        <span className="link-row-text">{card.summary}</span>
      </Link>
    </li>
  );
}

export function CauseBrowser({ cards, categories }) {
  const [query, setQuery] = useState("");
  const [category, setCategory] = useState(null);
  const results = useMemo(() => rank(cards, query, category), [cards, query, category]);
  const searching = normalise(query) !== "";
  const groups = categories
    .map((name) => [name, results.filter((card) => card.category === name)])
    .filter(([, list]) => list.length > 0);

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
        {results.length === 1 ? "1 cause" : `${results.length} causes`}
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
      {!searching && groups.map(([name, list]) => (
        <section key={name} aria-label={name}>
          <h2>{name}</h2>
          <ul className="link-rows">{list.map((card) => <CardLink key={card.id} card={card} />)}</ul>
        </section>
      ))}
    </div>
  );
}
