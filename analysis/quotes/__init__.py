"""Quotations and reported speech: who said what, in which words, found with auditable rules.

How an article's document is read (every step keeps offsets into the text, never copies):

1. Each quotation of a paragraph (:mod:`analysis.text.quotations`) is one token (:mod:`.tokens`), so a
   quotation holding several sentences stays in one sentence; sentences are the document's.
2. In every sentence the cue words of ``resources/cue_verbs.csv`` are found outside quotations (:mod:`.cues`); each
   cue gets its speaker (:mod:`.speaker_rules`, reading noun phrases with :mod:`.phrases` (word by word with :mod:`.phrase_words`) and :mod:`.relatives`
   (relative clauses and participles after their head), and the asides beside a name with :mod:`.appositives`,
   places before a speaker with :mod:`.places`, speakers joined by "and" with :mod:`.coordination`, past the words
   between speaker and cue with :mod:`.adjuncts`: the noun phrase before the cue, after it for ``said X`` or
   ``according to X`` (:mod:`.according`), after ``by`` for a passive (:mod:`.passives`), inherited for a coordinated ``and added``, the
   owner or agent of a cue spelt as a noun with :mod:`.noun_cues`: ``Trump's claim that ...``; where the cue alone
   does not show speech, :mod:`.clauses` asks whether a reported clause follows it) and its content
   (:mod:`.content`, past an addressee and time words with :mod:`.addressees`: the words after the cue, or those
   before it for ``X, he said``, or both for a quotation interrupted by its attribution); a cue nested in another's
   content is part of that content, and where it has a subject of its own and reports a clause (``Nunes said
   documents showed that ...``) it is also a row of its own, ``nested_`` and the rule, with the outer row's
   ``quote_id`` in ``nested_in`` (:mod:`.sentence`; an opening "As X said," gives its source to the main clause,
   :mod:`.as_sources`). Forms without a cue verb (a dash signature, ``X: "..."``, a
   transcript label) are in :mod:`.special`.
3. Quotations without an attribution of their own continue the previous speaker (:mod:`.reader`).
4. Inside the quotations of direct and mixed rows, a source the quoted speaker reports (``"Some members noted
   that ...," the minutes said``) is a nested row too (:mod:`.quoted`): a name or a noun phrase, never a pronoun,
   with a cue of speech or of a document and a clause after it.

A quotation's content keeps its quote marks and the punctuation inside them; reported speech starts at the
reported clause (``that`` included) and stops before the attribution or the sentence's final punctuation.

Every row names the rule that produced it (``rule`` column):

========================== ===================================================================================
rule                       the attribution
========================== ===================================================================================
``speaker_cue``            speaker before the cue: ``Li said (that) ...``, ``"...," Wang said``
``speaker_appositive_cue`` speaker before an aside: ``Li Yonghui, a professor at X, said ...``
``cue_speaker``            speaker after the cue: ``"...," said Sen. John Smith, a Republican``
``according_to``           ``according to X``, before or after the content
``as_reported_by``         ``As (first) reported by X, ...``: what X reported
``in_document``            ``In a CNN poll released Monday, 50 percent ...``: a poll, survey or study that measures
                           (``in_source`` in attribution_words.csv), in a sentence with no other cue; or a poll
                           after a closing "in" (``He led by 10 points in a CNN poll.``)
``passive_by``             ``Putin was warned of "..." by the US``
``noun_cue``               a cue used as a noun with its owner: ``Trump's claim that ...``, ``his warning that ...``
``participle_passive_by``  ``The meeting, announced on Monday by the ministry, ...``
``passive_no_agent``       no speaker: ``Trump is expected to win``, ``Trump was asked, "..."``, ``It was claimed he
                           ...`` (``content_passive_no_agent``: ``..., it has been claimed.``)
``participle_cue``         ``..., adding that ...``: the speaker of the cue before it
``participle_subject``     ``X went on offense, saying ...``, ``X kept saying ...``: the sentence's subject
``with_participle``        ``..., with manager Tom Reed, now a pundit, telling ...``: the phrase after ``with``
``coordinated_cue``        ``... but said ...``: the speaker of the cue before it
``coordinated_subject``    ``She paused, then revealed ...``: the sentence's subject
``infinitive_subject``     ``Trump took to Twitter to accuse ...``, ``went on to say that ...``: the sentence's subject
                           (a speech act, or a reported clause after the cue; not a purpose: ``to discuss the film``)
``infinitive_object``      ``All this has led the journalist to fear ...``: the object of a control verb
``fronted_participle``     ``A day after saying that ..., Fox called ...``, ``Calling it "a disgrace," X said``: the subject
                           after the phrase (:mod:`.participles`)
``fronted_passive_by``     ``Asked by Mr. Acosta if ..., the president said``: who asked (a fronted "Asked
    whether ..." alone is a question put to the subject by someone else: no row)
``quote_speaker_verb``     a quotation closed by a speaker and any verb: ``"Nooo!" the crowd cried out.``
``quote_dash_speaker``     a quotation signed with a dash: ``"..." \u2015 Adriana Rodarte``
``embedded_post``          an embedded post signed with author, handle and date: ``... \u2014 Donald J. Trump
                           (@realDonaldTrump) December 24, 2015``
``speaker_colon_quote``    a speaker and a colon before a quotation: ``Rubio fired back: "..."``
``subject_verb_quote``     a named subject, any verb, then quoted words: ``Lewandowski ripped Comey for "..."``
``subject_before_quote``   a quotation on its own after a sentence of its paragraph whose subject is a name:
                           ``Merkley was more candid. "We were all confident ..."``
``transcript_label``       a transcript paragraph: ``TAPPER: Do you think ...``, each turn up to the next label in
                           capitals (``SCHIEFFER: "Will you run?" CRUZ: "My focus is ..."``)
``headline_colon``         a headline or an article's title: ``Graham: Trump's Rhetoric Destroying GOP's Chance``
``signature_line``         a roundup's quoted paragraphs signed by the line after them: ``Harry Enten, CNN``
``follows_speaker``        a quotation without attribution, after reported speech by the speaker it takes
``follows_recent_speaker`` a quotation on its own between narrative sentences: the latest speaker near it
``reported_continuation``  a sentence without cue or quotation that carries backshifted reported speech on:
                           ``Ms Khan said the movement had to ... . And it had to fight poverty``
========================== ===================================================================================

Prefixes and suffixes refine it: ``content_`` (the content is before the attribution), ``nested_`` (an
attribution inside another's content, the rest of that content its own: ``documents showed ...`` in ``Nunes said
documents showed ...``; filter on ``nested_in`` for the top-level rows only), ``_interrupted`` (a
quotation around its attribution), ``_relative`` (``which analysts say is ...`` and ``which he called "..."``
keep ``which``), ``_colon`` (``X said:`` and the quotation in the next sentence or paragraph), ``_passage`` (``X
said:`` and the unquoted paragraph set off after it), ``_parenthetical``
(an attribution set off by commas inside the clause it reports, both halves the content: ``There was no
evidence, the bank said, of a slowdown``); ``+follow_on``,
``+next_paragraph`` and ``+paragraphs`` mark quotations appended as pieces: a quote sentence (or a sentence
opening with quoted words) after it in its paragraph, a quoted paragraph after it, and the next paragraph of a
quotation left open.
"""

from analysis.quotes.headlines import HEADLINE_COLUMNS, extract_headlines
from analysis.quotes.reader import find_quotes
from analysis.quotes.records import Quote, quote_kind
from analysis.quotes.table import QUOTE_COLUMNS, attribute, extract_quotes, quote_id

__all__ = ["HEADLINE_COLUMNS", "QUOTE_COLUMNS", "Quote", "attribute", "extract_headlines", "extract_quotes",
           "find_quotes", "quote_id", "quote_kind"]
