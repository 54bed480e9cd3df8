"""Who said it: speaker mentions resolved within each article, then the corpus speakers table.

Three passes over an article's document, each reading what the one before found (data flows one way):

1. :mod:`.people`: the people the article names (names merged and linked: ``Lukin`` -> ``Artyom Lukin``).
2. :mod:`.descriptions`: what the article says of each (role, organisation, country, type).
3. :mod:`.resolution`: each speaker mention resolved (names, pronouns, descriptions, organisations),
   with the rule that decided; its offices (:mod:`.offices`), pronouns' antecedents (:mod:`.antecedents`) and
   sources that are no person (:mod:`.sources`: organisations, countries, documents) in modules of their own.

Then :mod:`.table` groups a whole corpus's quotes into one row per canonical speaker. Everything is rule-based
over the word lists in ``analysis/resources`` (:mod:`.lexicon`); no statistical model is loaded.
"""

from analysis.speakers.records import SPEAKER_TYPES, Speaker
from analysis.speakers.resolution import resolve_speakers
from analysis.speakers.table import (
           SPEAKER_COLUMNS,
           SpeakerTally,
           canonical_speakers,
           speaker_table,
)

__all__ = ["SPEAKER_COLUMNS", "SPEAKER_TYPES", "Speaker", "SpeakerTally", "canonical_speakers", "resolve_speakers",
           "speaker_table"]
