"""Quotes and who said them.

1. Quote marks are read paragraph by paragraph with a small state machine that tells opening
   from closing marks by what is around them, so a stray mark spoils at most its paragraph.
   An opening mark inside an open quote after a full stop closes the first quote (copy that
   lost its paragraph breaks); a paragraph left open whose successor opens with a mark runs on
   (news style for quotes of several paragraphs).
2. Attribution is looked for in the clause around each quote: after the closing mark
   (``"…," X said`` / ``said X``), before the opening mark (``X said: "…"``, ``X told
   reporters "…"``, ``according to X``), else anywhere in the clause for a partial quote.
3. Speakers resolve to entities: a name directly, a pronoun to the latest fitting speaker (or
   person), a role ("the spokesman") to the person the article names in that role. A quote
   with no attribution of its own keeps the previous speaker of its paragraph, or of the
   previous paragraph when it opens its own.
4. Reported speech without marks (``X said (that) …``, ``…, said X``) is recorded as indirect.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from briefing.extract.aliases import Linked, LinkedMention
from briefing.extract.gazetteer import Gazetteer, word_alternation
from briefing.extract.kinds import CONFIDENT
from briefing.extract.sentences import Segment
from briefing.model import Quote

# A quote mark: one of these, or two apostrophes. Written to start with one character class, so a
# search skips ahead in C to the next candidate (a pattern starting with a branch cannot).
_MARKS = re.compile(r"['\"“”„«»](?:(?<=')'|(?<!'))")
_SINGLE_MARKS = '"“”„«»'
_OPENING_CONTEXT = frozenset("([{—–-/‘")
_CLOSING_CONTEXT = frozenset(".,;:!?)]}—–-…’'")
_OPEN, _CLOSE, _EITHER = 1, 2, 3
_CLAUSE_END = re.compile(r"[.!?…][\"”’')\]]*(?=\s+[^\s\w]*[A-Z\d]|\s*$)")
_LAST_CLAUSE_START = re.compile(r"(?:[.!?…][\"”’')\]]*\s+|;\s+)(?=[^.!?;]*$)")
_PRONOUN_BEFORE = re.compile(r"\b(he|she|they|it|we|He|She|They|It|We)\s*$")
_PRONOUN_AT = re.compile(r"(he|she|they|it|we)\b")
_ADVERB_BEFORE = re.compile(
    r"(?:\b(?:also|later|then|previously|earlier|recently|once|has|had|have|had|would|will|"
    r"again|further|subsequently|today|yesterday|repeatedly|simply|reportedly|"
    r"(?:on|last|this)\s+[A-Z][a-z]+day|[A-Z][a-z]+day)\s*)$"
)
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)\s*$")
_DETERMINERS = frozenset(["the", "a", "an", "one", "another", "its", "his", "her", "their", "our"])
_ANTECEDENT_PARAGRAPHS = 1
_MAX_WINDOW = 400
_MAX_SUBJECT_CHARS = 160
_MIN_UNATTRIBUTED_WORDS = 6
_UNNAMED_ROLES = frozenset(["spokesman", "spokeswoman", "spokesperson", "representative", "official", "source", "aide"])
_SUBJECT_REACH = 40  # a sentence's subject is named within its first few words
_OF_PHRASE = re.compile(r"\s+(?:of|from|at|with)\s+[^,;:.!?\"“”]{1,60}$")
_SENTENCE_TAIL = frozenset(" \t\n.!?…\"”’')")
_EMPLOYED_AT = re.compile(r",?\s+(?:[\w'’-]+\s+){0,6}(?:at|of|for|from|with)\s+(?:[\w'’-]+\s+){0,4}")
_ATTRIBUTION_WORDS = 12  # a sentence this short after a quote can be only its attribution
_ADVERB_AFTER = re.compile(r"\s+(?:also|later|then|added|has|had|once|again|previously|recently)\s+")
_AGE_REFERENCE = re.compile(r"\b[Tt]he\s+\d{1,3}-year-old\s*$")
_CONTINUED_WORDS = 15  # a second quote this close after the first, in the same sentence, is the same voice
_INDIRECT_CUES = frozenset(
    [
        "said",
        "says",
        "say",
        "told",
        "tells",
        "added",
        "adds",
        "warned",
        "warns",
        "stressed",
        "stresses",
        "insisted",
        "insists",
        "argued",
        "argues",
        "claimed",
        "claims",
        "noted",
        "notes",
        "explained",
        "explains",
        "saying",
        "adding",
    ]
)
_DOCUMENT_BEFORE = re.compile(r"['’]s\s+(?:\w+\s+)?(?:statement|letter|note|website|blog|memo|book|autobiography)\s*$")
_WORD_AT_STOP = re.compile(r"[\w.]+$")
_LEADING_CONJUNCTION = re.compile(r"(?:while|but|whereas|although|though|and|as|when|because|which|after|before)\b")
_CONTRAST = re.compile(r"\b(?:but|while|whereas|although|though|yet)\b")
_CONJUNCTION = re.compile(r"\b(?:while|but|whereas|although|though|and|as|when|because)\b")
_THAT_AFTER = re.compile(r"(?:[^\s.!?;:\"“”]+\s+){0,8}?that\s+")
_TIME_AFTER = re.compile(
    r"(?:(?:on|late|early|later|earlier|last|this)\s+)?(?:[A-Z][a-z]+day|yesterday|today|tonight|"
    r"last\s+(?:week|month|year|night)|this\s+(?:week|month|year))\b[\s,]*"
)


@dataclass(slots=True)
class _RawQuote:
    paragraph: int
    open_start: int  # the opening mark
    pieces: list[tuple[int, int]]  # inner text ranges, one per paragraph
    close_end: int  # just after the closing mark (or the end of the text when unclosed)
    closed: bool


@dataclass(slots=True)
class _Speaker:
    text: str
    name: str | None
    kind: str  # "person", "organisation", "place", "pronoun", "role", "reference", "unnamed", ""
    start: int = -1  # where ``text`` stands in the body (-1: no words of its own)


@dataclass(slots=True)
class _Event:
    position: int
    paragraph: int
    name: str
    kind: str


@dataclass
class QuoteFinder:
    body: str
    linked: Linked
    gazetteer: Gazetteer
    paragraphs: list[Segment]
    _events: list[_Event] = field(default_factory=list)
    _previous_close: int = -1  # where the last quote of the paragraph being read closed
    _event_positions: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_start = {mention.start: mention for mention in self.linked.mentions}
        for mention in self.linked.mentions:
            if mention.title_start >= 0:  # "said Prime Minister Tony Blair": the title leads to the name
                self._by_start.setdefault(mention.title_start, mention)
        self._by_end = {mention.end: mention for mention in self.linked.mentions}
        self._starts = [mention.start for mention in self.linked.mentions]
        self._kinds = {mention.name: mention.kind for mention in self.linked.mentions}
        self._organisations = {mention.name for mention in self.linked.mentions if mention.kind == "organisation"}
        patterns = _patterns(self.gazetteer)
        self._verb, self._role_before, self._role_at, self._according, self._role_end_reversed, self._role_before_at = (
            patterns
        )

    # ---------------------------------------------------------------- public

    def find(self) -> list[Quote]:
        raw = self._raw_quotes()
        quotes: list[Quote] = []
        by_paragraph: dict[int, list[_RawQuote]] = {}
        for item in raw:
            by_paragraph.setdefault(item.paragraph, []).append(item)
        previous_paragraph_speaker: tuple[str | None, str, str] | None = None
        # A quote that runs over paragraphs is read with its first one; the paragraph where it
        # ends starts out with its speaker, for the quotes that follow there.
        running_speaker: dict[int, tuple[str | None, str, str]] = {}
        for index, paragraph in enumerate(self.paragraphs):
            items = by_paragraph.get(index, [])
            used_cues: set[int] = set()
            paragraph_speaker: tuple[str | None, str] | None = None
            quote_ranges = [(item.open_start, item.close_end) for item in items]
            last_speaker = running_speaker.get(index)
            # In text order, so that reported speech before a quote ("Mr Florin said the challenge was
            # … "There's an indication …"") is who an unattributed quote after it goes on; a verb that
            # attributes a quote after it is used by that quote, not read again as indirect speech.
            cues = self._indirect_cues(paragraph, quote_ranges)
            cue_index = 0
            self._previous_close = -1
            for item in items:
                while cue_index < len(cues) and cues[cue_index] < item.open_start:
                    reported = self._indirect(cues[cue_index], index, paragraph, quote_ranges)
                    cue_index += 1
                    if reported is not None:
                        quotes.append(reported)
                        if reported.speaker is not None:
                            last_speaker = (reported.speaker, reported.speaker_text, reported.cue)
                quote, cue_at = self._attribute(item, index, paragraph, last_speaker, previous_paragraph_speaker)
                if quote is None:
                    continue
                if cue_at is not None:
                    used_cues.add(cue_at)
                quotes.append(quote)
                self._previous_close = item.close_end
                last_speaker = (quote.speaker, quote.speaker_text, quote.cue)
                paragraph_speaker = last_speaker
                if len(item.pieces) > 1:
                    running_speaker[index + len(item.pieces) - 1] = last_speaker
            for position in cues[cue_index:]:
                if position not in used_cues:
                    quote = self._indirect(position, index, paragraph, quote_ranges)
                    if quote is not None:
                        quotes.append(quote)
            previous_paragraph_speaker = paragraph_speaker or running_speaker.get(index)
        quotes.sort(key=lambda quote: (quote.start, quote.end))
        return quotes

    # ---------------------------------------------------------------- quote marks

    def _raw_quotes(self) -> list[_RawQuote]:
        body = self.body
        found: list[_RawQuote] = []
        for index, paragraph in enumerate(self.paragraphs):
            opened: int | None = None  # position of the opening mark
            opened_end = 0
            for mark in _MARKS.finditer(body, paragraph.start, paragraph.end):
                direction = _direction(body, mark, paragraph)
                if opened is None:
                    if direction != _CLOSE:
                        opened, opened_end = mark.start(), mark.end()
                    continue  # a closing mark with nothing open is stray: ignore it
                if direction == _OPEN:
                    # A new opening mark inside a quote: the paragraph break was lost; close here.
                    _add_quote(found, body, index, opened, opened_end, mark.start(), mark.start(), closed=False)
                    opened, opened_end = mark.start(), mark.end()
                    continue
                _add_quote(found, body, index, opened, opened_end, mark.start(), mark.end(), closed=True)
                opened = None
            if opened is not None:
                _add_quote(found, body, index, opened, opened_end, paragraph.end, paragraph.end, closed=False)
        return self._join_running_paragraphs(found)

    def _join_running_paragraphs(self, found: list[_RawQuote]) -> list[_RawQuote]:
        joined: list[_RawQuote] = []
        for item in found:
            if joined:
                previous = joined[-1]
                last_piece = self.body[previous.pieces[-1][0] : previous.pieces[-1][1]]
                runs_on = (
                    not previous.closed
                    and previous.close_end == self.paragraphs[previous.paragraph + len(previous.pieces) - 1].end
                    # A quote that runs on reads as sentences: it opens with a capital and ends a
                    # sentence. A stray mark before lowercase words is not the start of one.
                    and self.body[previous.pieces[0][0]].isupper()
                    and last_piece.rstrip("\"”’' ").endswith((".", "!", "?", "…", ":"))
                    and item.paragraph == previous.paragraph + len(previous.pieces)
                    and item.open_start == self.paragraphs[item.paragraph].start
                )
                if runs_on:
                    previous.pieces.extend(item.pieces)
                    previous.close_end = item.close_end
                    previous.closed = item.closed
                    continue
            joined.append(item)
        return joined

    # ---------------------------------------------------------------- attribution

    def _attribute(self, item, index, paragraph, last_speaker, previous_paragraph_speaker):
        body = self.body
        first_start, last_end = item.pieces[0][0], item.pieces[-1][1]
        text = "\n\n".join(body[start:end] for start, end in item.pieces)
        words = len(text.split())
        clause_start = self._clause_start(paragraph.start, item.open_start)
        before = body[clause_start : item.open_start]
        last_paragraph = self.paragraphs[item.paragraph + len(item.pieces) - 1]
        after_end = self._clause_end(item.close_end, last_paragraph.end)

        speaker: _Speaker | None = None
        cue = ""
        cue_at: int | None = None
        direct = not before.strip(" \t—–-(")
        # A quote that ends its own sentence ("… misdirected.") takes no attribution from the
        # next sentence; "Why?" he asked goes on in lowercase and still does.
        following = _skip_space(body, item.close_end, after_end)
        ends_sentence = text.rstrip("'’\"” ").endswith((".", "!", "?", "…"))
        if ends_sentence and following < after_end and not body[following].islower():
            after_end = item.close_end
        found = self._after_attribution(item.close_end, after_end)
        if found is None:
            found_before = self._before_attribution(clause_start, item.open_start)
            if found_before is not None:
                speaker, cue, cue_at, introduces = found_before
                direct = direct or introduces or (text[:1].isupper() and words >= 4 and cue != "according to")
            elif direct and ends_sentence:
                found = self._next_sentence_attribution(item.close_end, last_paragraph.end)
                if found is not None:
                    speaker, cue, cue_at = found
        else:
            speaker, cue, cue_at = found
        if speaker is None and not direct:
            # A partial quote: the clause's reporting verb, wherever it is, gives the speaker.
            found = self._clause_attribution(clause_start, item.open_start, item.close_end, after_end)
            if found is None:
                if self._continues_quote(item.open_start) and last_speaker is not None:
                    # 'described the novel as a "great thriller" but "lousy history"': the same voice.
                    name, speaker_text, cue = last_speaker
                    return Quote(text, first_start, last_end, "partial", name, speaker_text, cue), None
                return None, None  # scare quotes: no speech cue, not a quote
            speaker, cue, cue_at = found

        if speaker is None:
            carried = last_speaker
            if carried is None and clause_start == paragraph.start and item.open_start == paragraph.start:
                carried = previous_paragraph_speaker
            if carried is None and words < _MIN_UNATTRIBUTED_WORDS:
                return None, None
            name, speaker_text, cue = carried if carried is not None else (None, "", "")
        else:
            name, speaker_text = self._resolve(speaker, item.open_start, index), speaker.text
            if name is not None:
                self._add_event(_Event(item.open_start, index, name, self._kind_of(name, speaker)))
        kind = "direct" if direct else "partial"
        return Quote(text, first_start, last_end, kind, name, speaker_text, cue, *_ranges(speaker, cue, cue_at)), cue_at

    def _continues_quote(self, open_start: int) -> bool:
        """Whether the quote opening at ``open_start`` follows the last quote within its sentence."""
        previous = self._previous_close
        if previous < 0 or previous > open_start:
            return False
        gap = self.body[previous:open_start]
        return len(gap.split()) <= _CONTINUED_WORDS and not any(stop in gap for stop in ".!?;")

    def _clause_start(self, lower: int, position: int) -> int:
        lower = max(lower, position - _MAX_WINDOW)
        start = _last_clause_start(self.body, lower, position)
        # Never reach back past an earlier quote's closing mark in the same paragraph.
        return _after_last_mark(self.body, start, position)

    def _clause_end(self, position: int, upper: int) -> int:
        upper = min(upper, position + _MAX_WINDOW)
        next_mark = _MARKS.search(self.body, position, upper)
        if next_mark:
            upper = next_mark.start()
        return self._first_stop(position, upper)

    def _sentence_end(self, position: int, upper: int) -> int:
        return self._first_stop(position, min(upper, position + _MAX_WINDOW * 2))

    def _first_stop(self, position: int, upper: int) -> int:
        """Where the sentence ends: a stop that does not follow an abbreviation ("Sen.", "U.S.")."""
        abbreviations = self.gazetteer.abbreviations
        for stop in _CLAUSE_END.finditer(self.body, position, upper):
            word = _WORD_AT_STOP.search(self.body, max(position, stop.start() - 12), stop.start())
            if word and self.body[stop.start()] == ".":
                token = word.group().rstrip(".")
                if token in abbreviations or (len(token) == 1 and token.isupper()):
                    continue
            return stop.start()
        return upper

    def _after_attribution(self, position: int, end: int):
        """``"…," X said`` / ``"…," said X`` / ``"…," according to X``."""
        body = self.body
        while position < end and body[position] in " \t,—–-":
            position += 1
        if position >= end:
            return None
        according = self._according.match(body, position, end)
        if according:
            speaker = self._speaker_at(according.end(), end)
            if speaker:
                return speaker[0], "according to", position
        verb = self._verb.match(body, position, end)
        if verb:
            speaker = self._speaker_at(_skip_space(body, verb.end(), end), end)
            if speaker:
                return speaker[0], verb.group(), verb.start()
            return None
        # "X said", "X, a professor at Y, said", "BCC director general David Frost said": the
        # first reporting verb close after the quote, with its subject right before it.
        if _LEADING_CONJUNCTION.match(body, position, end):
            return None  # '"desperate", while the Liberal Democrats said': another speaker
        for verb in self._verb.finditer(body, position, min(end, position + _MAX_SUBJECT_CHARS)):
            if verb.start() == position:
                break
            subject = self._subject_before(verb.start(), position)
            if subject is not None and subject.kind:
                return subject, verb.group(), verb.start()
            break
        return None

    def _next_sentence_attribution(self, position: int, paragraph_end: int):
        """'"We will win." Smith said on Monday.': a short sentence of its own that only attributes."""
        body = self.body
        start = _skip_space(body, position, paragraph_end)
        end = self._first_stop(start, min(paragraph_end, start + _MAX_SUBJECT_CHARS))
        if end >= paragraph_end and end - start >= _MAX_SUBJECT_CHARS:
            return None
        sentence = body[start:end]
        if _MARKS.search(sentence) or len(sentence.split()) > _ATTRIBUTION_WORDS:
            return None
        speaker = self._speaker_at(start, end)
        if speaker is None:
            return None
        verb = self._verb.match(body, _skip_space(body, speaker[1], end), end)
        if verb is None:
            adverb = _ADVERB_AFTER.match(body, speaker[1], end)
            verb = self._verb.match(body, adverb.end(), end) if adverb else None
        if verb is None:
            return None
        return speaker[0], verb.group(), verb.start()

    def _before_attribution(self, clause_start: int, open_start: int):
        """``X said: "…"``, ``X told reporters "…"``, ``according to X, "…"``.

        Returns the speaker, cue, cue position and whether the cue introduces the quote
        (a colon or comma right before it), which makes the quote direct.
        """
        body = self.body
        according = self._according.search(body, clause_start, open_start)
        if according:
            speaker = self._speaker_at(according.end(), open_start)
            if speaker and not body[speaker[1] : open_start].strip(" ,:"):
                return speaker[0], "according to", according.start(), True
        last = None
        for verb in self._verb.finditer(body, clause_start, open_start):
            last = verb
        if last is None:
            return None
        tail = body[last.end() : open_start]
        if len(tail.split()) > 5 or any(char in tail for char in ".!?;"):
            return None
        subject = self._subject_before(last.start(), clause_start)
        if subject is None:
            return None
        introduces = tail.rstrip().endswith((":", ","))
        return subject, last.group(), last.start(), introduces

    def _clause_attribution(self, clause_start: int, open_start: int, close_end: int, after_end: int):
        body = self.body
        candidates = [
            verb
            for verb in self._verb.finditer(body, clause_start, open_start)
            # "Japan acknowledged … but dismissed as "unacceptable" …": a contrast starts a new clause.
            if not _CONTRAST.search(body, verb.end(), open_start)
        ]
        for verb in reversed(candidates):
            subject = self._subject_before(verb.start(), clause_start)
            if subject is not None:
                return subject, verb.group(), verb.start()
        if candidates:
            return _Speaker("", None, ""), candidates[-1].group(), candidates[-1].start()
        for verb in self._verb.finditer(body, close_end, after_end):
            tail = _TAIL_ATTRIBUTION.search(body, max(close_end, verb.start() - 40), verb.start())
            if tail is None and _CONJUNCTION.search(body, close_end, verb.start()):
                # "… as "desperate", while the Liberal Democrats said …": another speaker's clause; but
                # "… and Labour "fades away", he said." attributes the whole sentence.
                break
            if verb.group() in self.gazetteer.reporting_verbs:
                subject = self._subject_before(verb.start(), close_end)
                if subject is None:
                    speaker = self._speaker_at(_skip_space(body, verb.end(), after_end), after_end)
                    subject = speaker[0] if speaker else _Speaker("", None, "")
                return subject, verb.group(), verb.start()
        according = self._according.search(body, clause_start, open_start) or self._according.search(
            body, close_end, after_end
        )
        if according:
            speaker = self._speaker_at(according.end(), max(after_end, according.end() + 80))
            return (speaker[0] if speaker else _Speaker("", None, "")), "according to", according.start()
        return None

    # ---------------------------------------------------------------- speakers

    def _speaker_at(self, position: int, end: int) -> tuple[_Speaker, int] | None:
        """A speaker written at ``position``: a name, a pronoun, or a role (with its holder's name)."""
        body = self.body
        mention = self._by_start.get(position)
        if mention is not None:
            return _from_mention(mention), mention.end
        pronoun = _PRONOUN_AT.match(body, position, end)
        if pronoun:
            return _Speaker(pronoun.group(), None, "pronoun", pronoun.start()), pronoun.end()
        role = self._role_at.match(body, position, end)
        if role:
            # "said analyst Moon Seong Mook", "said a government spokesman, Yoshimasa Hayashi"
            after = position + len(role.group())
            named = _skip_space(body, after, end)
            if named < end and body[named] == ",":
                named = _skip_space(body, named + 1, end)
            mention = self._by_start.get(named)
            if mention is not None and mention.kind == "person":
                return _from_mention(mention), mention.end
            return _stripped_speaker(role, 0, "role"), after
        return None

    def _subject_before(self, position: int, lower: int) -> _Speaker | None:
        """The subject right before a reporting verb at ``position``."""
        body = self.body
        lower = max(lower, position - 200)
        end = position
        for _ in range(3):
            while end > lower and body[end - 1] in " \t":
                end -= 1
            adverb = _ADVERB_BEFORE.search(body, max(lower, end - 30), end)
            if adverb is None or adverb.start() == adverb.end():
                break
            end = adverb.start()
        while end > lower and body[end - 1] in " \t":
            end -= 1
        if end > lower and body[end - 1] == ",":
            # "Kim Yo Jong, said", "Easley, a professor at Ewha, said", "Glenn Maguire, chief economist
            # at Societe Generale, told": a person before an appositive speaks, not the firm inside it.
            comma = end - 1
            at_comma = self._mention_ending(comma, lower)
            earlier = None
            previous_comma = body.rfind(",", max(lower, comma - 150), comma)
            if previous_comma != -1 and not any(mark in body[previous_comma:comma] for mark in '"“”'):
                earlier = self._mention_ending(previous_comma, lower)
            if earlier is not None and earlier.kind == "person":
                return earlier
            return at_comma or earlier
        subject = self._mention_ending(end, lower)
        if subject is not None:
            if subject.kind == "organisation":
                # "A spokesman for Darlington Council said": someone unnamed speaks for the firm.
                mention = self._by_end[_strip_end(body, end, lower)]
                unnamed = _SPEAKS_FOR.search(body, max(lower, mention.start - 60), mention.start)
                if unnamed:
                    words = body[unnamed.start() : mention.end]
                    return _Speaker(words, None, "unnamed", unnamed.start())
                employee = self._employee_before(mention.start, lower)
                if employee is not None:
                    return employee
            return subject
        document = _DOCUMENT_BEFORE.search(body, max(lower, end - 40), end)
        if document:
            # "Mr Tanzi's statement said": the statement speaks for its author.
            subject = self._mention_ending(document.start(), lower)
            if subject is not None:
                return subject
        pronoun = _PRONOUN_BEFORE.search(body, max(lower, end - 8), end)
        if pronoun:
            return _Speaker(pronoun.group(1), None, "pronoun", pronoun.start(1))
        age = _AGE_REFERENCE.search(body, max(lower, end - 30), end)
        if age:
            # "the 36-year-old said": the person just spoken of, of either sex.
            return _Speaker(
                age.group().strip(), None, "pronoun", age.start() + len(age.group()) - len(age.group().lstrip())
            )
        reference = _ORG_REFERENCE.search(body, max(lower, end - 40), end)
        if reference:
            # "the company said", "the council added": the organisation named before.
            return _stripped_speaker(reference, 0, "reference")
        role = None
        window = max(lower, end - 60)
        # The same as self._role_before.search(body, window, end), done backwards: the window
        # read from its end must start with a role word (else there is no match), and a match
        # can only start within the last five words, so the search starts there.
        backwards = body[window:end][::-1]
        if self._role_end_reversed.match(backwards):
            start = end - _LAST_WORDS_REVERSED.match(backwards).end()  # type: ignore[union-attr]
            # The search below does not try inside a word, which start may be.
            role = self._role_before_at.match(body, start, end) or self._role_before.search(body, start, end)
        if role:
            return _stripped_speaker(role, 0, "role")
        comma = body.rfind(",", max(lower, end - 100), end)
        if comma != -1 and not any(mark in body[comma:end] for mark in '"“”'):
            # "John Houlihan, editor of Computerandvideogames.com told BBC News"
            subject = self._mention_ending(comma, lower)
            if subject is not None and subject.kind == "person":
                return subject
        index = bisect.bisect_left(self._starts, max(lower, end - 80))
        for mention in self.linked.mentions[index:]:
            if mention.start >= end:
                break
            if mention.kind == "person" and _OF_PHRASE.match(body, mention.end, end):
                # "As Gavin Cox of the excellent buildyourown.org.uk website put it:"
                return _from_mention(mention)
        word = _WORD_BEFORE.search(body, max(lower, end - 40), end)
        if word and (word.group(1).lower() in _NOUNLIKE or word.group(1).lower() not in self.gazetteer.common_words):
            return _Speaker(word.group(1), None, "", word.start(1))
        return None

    def _employee_before(self, position: int, lower: int) -> _Speaker | None:
        """ "Dr Mark Tuffy games systems director at digital content firm THX told": the person whose
        job at the organisation just before the verb is described speaks, not the organisation."""
        index = bisect.bisect_left(self._starts, max(lower, position - 100))
        for mention in self.linked.mentions[index:]:
            if mention.start >= position:
                break
            if mention.kind == "person" and _EMPLOYED_AT.fullmatch(self.body, mention.end, position):
                return _from_mention(mention)
        return None

    def _mention_ending(self, end: int, lower: int) -> _Speaker | None:
        body = self.body
        while end > lower and body[end - 1] in " \t":
            end -= 1
        mention = self._by_end.get(end)
        if mention is not None and mention.start >= lower:
            return _from_mention(mention)
        return None

    def _resolve(self, speaker: _Speaker, position: int, paragraph: int) -> str | None:
        if speaker.kind in ("person", "organisation", "place"):
            return speaker.name
        if speaker.kind == "pronoun":
            return self._resolve_pronoun(speaker.text.lower(), position, paragraph)
        if speaker.kind == "role":
            return self._resolve_role(speaker.text, position)
        if speaker.kind == "reference":
            return self._resolve_reference(speaker.text, position)
        return None

    def _resolve_reference(self, text: str, position: int) -> str | None:
        """The organisation "the company" or "the council" refers to: the latest one named, the
        latest whose name holds the noun ("the council": Darlington Council) first."""
        noun = text.split()[-1].lower()
        index = bisect.bisect_left(self._starts, position)
        recent = [m for m in self.linked.mentions[max(0, index - 60) : index] if m.kind == "organisation"]
        for mention in reversed(recent):
            if noun in mention.name.lower():
                return mention.name
        return recent[-1].name if recent else None

    def _resolve_pronoun(self, pronoun: str, position: int, paragraph: int) -> str | None:
        genders = self.linked.genders
        if pronoun in ("he", "she") or pronoun.endswith("year-old"):
            unwanted = {"he": "f", "she": "m"}.get(pronoun, "")
            lower = self.paragraphs[max(0, paragraph - 1)].start
            sentence_start = self._clause_start(lower, position)
            previous_end = sentence_start
            while previous_end > lower and self.body[previous_end - 1] in _SENTENCE_TAIL:
                previous_end -= 1  # past the stop that ends the sentence before
            previous_start = self._clause_start(lower, previous_end)
            for event in reversed(self._events_before(position)):
                if event.paragraph < paragraph - _ANTECEDENT_PARAGRAPHS:
                    break
                if event.kind == "person" and genders.get(event.name) != unwanted:
                    if event.position >= previous_start:
                        return event.name  # a speaker of the sentence before goes on ("…," he said. "…")
                    break
            # Otherwise the subject of the sentence before, if it is a person: "Robben … claims he knew
            # … felled by Aaron Mokoena. "I felt my leg go," he said."
            subject = self._speaking_person(previous_start, sentence_start, unwanted) or self._first_person(
                previous_start, min(sentence_start, previous_start + _SUBJECT_REACH), unwanted
            )
            if subject is not None:
                return subject
            for event in reversed(self._events_before(position)):
                if event.paragraph < paragraph - _ANTECEDENT_PARAGRAPHS:
                    break
                if event.kind == "person" and genders.get(event.name) != unwanted:
                    return event.name
            index = bisect.bisect_left(self._starts, position)
            for mention in reversed(self.linked.mentions[:index][-40:]):
                if mention.kind == "person" and genders.get(mention.name) != unwanted:
                    return mention.name
            return None
        if pronoun == "it":
            for event in reversed(self._events_before(position)):
                if event.paragraph < paragraph - _ANTECEDENT_PARAGRAPHS:
                    break
                if event.kind in ("organisation", "place"):
                    return event.name
            return self._resolve_reference("it", position)
        return None

    def _topic_person(self, position: int) -> str | None:
        """The person named most often before ``position`` (the earliest of equals)."""
        index = bisect.bisect_left(self._starts, position)
        counts: dict[str, int] = {}
        for mention in self.linked.mentions[:index]:
            if mention.kind == "person" and self.linked.confidence.get(mention.name, 1.0) >= CONFIDENT:
                counts[mention.name] = counts.get(mention.name, 0) + 1
        return max(counts, key=counts.__getitem__) if counts else None

    def _speaking_person(self, start: int, end: int, unwanted: str) -> str | None:
        """A person right before a reporting verb between ``start`` and ``end`` (outside quotes): the
        subject of "Speaking after Mr Brown's Budget, Mr Kennedy acknowledged that …"."""
        index = bisect.bisect_left(self._starts, start)
        for mention in self.linked.mentions[index:]:
            if mention.start >= end:
                break
            if mention.kind != "person" or self.linked.genders.get(mention.name) == unwanted:
                continue
            if _MARKS.search(self.body, start, mention.start):
                return None
            verb_at = _skip_space(self.body, mention.end, end)
            if self._verb.match(self.body, verb_at, end):
                return mention.name
        return None

    def _first_person(self, start: int, end: int, unwanted: str) -> str | None:
        """The first person named between ``start`` and ``end`` whose sex is not ``unwanted``, outside quotes."""
        index = bisect.bisect_left(self._starts, start)
        for mention in self.linked.mentions[index:]:
            if mention.start >= end:
                break
            if _MARKS.search(self.body, start, mention.start):
                return None  # a name inside a quote is no subject of the sentence
            if mention.kind == "person" and self.linked.genders.get(mention.name) != unwanted:
                return mention.name
        return None

    def _resolve_role(self, text: str, position: int) -> str | None:
        words = text.split()
        if not words or words[0].lower() in ("a", "an", "one", "another"):
            return None  # "a spokesman said": someone the article does not name
        role = words[-1].lower()
        if role not in self.gazetteer.role_nouns and role.endswith("s"):
            return None  # "officials said": several unnamed people
        holders = [holder for holder in self.linked.roles if holder.role.lower() == role]
        before = [holder for holder in holders if holder.position <= position]
        if before:
            return before[-1].name
        if holders:
            return holders[0].name
        possessive = "'" in text or "’" in text
        if (
            role not in _UNNAMED_ROLES
            and not possessive
            and (role in self.gazetteer.role_nouns or role.capitalize() in self.gazetteer.title_words)
        ):
            # "the England captain said" with no one given that role: the person the article is about
            # (not "Big Brother's spokeswoman" or "the council spokesman": someone unnamed).
            topic = self._topic_person(position)
            if topic is not None:
                return topic
        # "the ministry said": the organisation whose name ends with that word.
        for name in sorted(self._organisations):
            if name.lower().endswith(role.lower()):
                return name
        return None

    def _add_event(self, event: _Event) -> None:
        # Kept in text order: quotes of a paragraph are read before its indirect speech.
        index = bisect.bisect_right(self._event_positions, event.position)
        self._events.insert(index, event)
        self._event_positions.insert(index, event.position)

    def _events_before(self, position: int) -> list[_Event]:
        return self._events[: bisect.bisect_left(self._event_positions, position)][-50:]

    def _kind_of(self, name: str, speaker: _Speaker) -> str:
        if speaker.kind in ("person", "organisation", "place"):
            return speaker.kind
        return self._kinds.get(name, "person")

    # ---------------------------------------------------------------- indirect speech

    def _indirect_cues(self, paragraph: Segment, quote_ranges: list[tuple[int, int]]) -> list[int]:
        cues = []
        for verb in self._verb.finditer(self.body, paragraph.start, paragraph.end):
            if verb.group() not in _INDIRECT_CUES:
                continue
            if _inside_any(quote_ranges, verb.start(), verb.start() + 1):
                continue
            cues.append(verb.start())
        return cues

    def _indirect(self, position: int, index: int, paragraph: Segment, quote_ranges) -> Quote | None:
        body = self.body
        verb = self._verb.match(body, position)
        if verb is None:
            return None
        sentence_start = self._clause_start(paragraph.start, position)
        sentence_end = self._sentence_end(verb.end(), paragraph.end)
        if _inside_any(quote_ranges, sentence_start, sentence_end):
            return None  # sentences with quote marks are reported as quotes
        cue = verb.group()
        # Inverted: "The North likely thinks about aid, said analyst Moon Seong Mook ..."
        before = body[sentence_start:position].rstrip()
        inverted = None
        if before.endswith(",") and cue in ("said", "says", "added", "adds"):
            inverted = self._speaker_at(_skip_space(body, verb.end(), sentence_end), sentence_end)
        if inverted is not None:
            clause_end = sentence_start + len(before) - 1
            return self._indirect_quote(inverted[0], cue, position, sentence_start, clause_end, index)
        # Not inverted after all ("Cory Doctorow, coordinator for …, said that …"): the subject speaks.
        subject = self._subject_before(position, sentence_start)
        if cue in ("saying", "adding"):
            subject = self._first_subject(sentence_start, position)
        if subject is None:
            return None
        clause_start = _skip_space(body, verb.end(), sentence_end)
        time = _TIME_AFTER.match(body, clause_start, sentence_end)
        if time:
            clause_start = time.end()
        that = _THAT_AFTER.match(body, clause_start, sentence_end)
        if that:
            clause_start = that.end()
        elif cue in ("told", "tells"):
            return None  # "told reporters" with no clause: nothing reported
        return self._indirect_quote(subject, cue, position, clause_start, sentence_end, index)

    def _first_subject(self, start: int, end: int) -> _Speaker | None:
        index = bisect.bisect_left(self._starts, start)
        for mention in self.linked.mentions[index:]:
            if mention.start >= end:
                break
            if mention.kind == "person":
                return _from_mention(mention)
        return None

    def _indirect_quote(
        self, subject: _Speaker, cue: str, cue_at: int, start: int, end: int, index: int
    ) -> Quote | None:
        body = self.body
        while end > start and (body[end - 1].isspace() or body[end - 1] in ".,;:"):
            end -= 1
        while start < end and body[start].isspace():
            start += 1
        text = body[start:end]
        if len(text.split()) < 3 or text[:1] in "\"“”'":
            return None
        name = self._resolve(subject, start, index)
        if name is not None:
            self._add_event(_Event(start, index, name, self._kind_of(name, subject)))
        return Quote(text, start, end, "indirect", name, subject.text, cue, *_ranges(subject, cue, cue_at))


# Capitalised words that can stand alone as unnamed speakers: "Observers say", "Experts say".
_NOUNLIKE = frozenset(
    [
        "observers",
        "experts",
        "analysts",
        "officials",
        "critics",
        "diplomats",
        "sources",
        "police",
        "witnesses",
        "residents",
        "economists",
        "investors",
        "traders",
        "scientists",
        "researchers",
        "lawyers",
        "campaigners",
        "opponents",
        "supporters",
        "media",
        "reports",
        "authorities",
        "prosecutors",
        "doctors",
    ]
)


# ", he said" closing a sentence: the attribution covers everything before it.
_TAIL_ATTRIBUTION = re.compile(r",\s+(?:he|she|they|it|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+$")
_SPEAKS_FOR = re.compile(
    r"\b(?:(?:a|an|the|one)\s+)?(?:[\w-]+\s+)?(?:spokes(?:man|woman|person)|representative|source|official|aide|"
    r"lawyer|lawyers|statement|insider|executive|member|members)\s+(?:for|at|from|of|with|close to)\s+(?:the\s+)?$"
)
_ORG_NOUNS = (
    "company|firm|group|bank|airline|carrier|party|council|ministry|government|department|agency|club|union|"
    "board|newspaper|paper|magazine|network|broadcaster|channel|studio|institute|organisation|organization|"
    "charity|commission|committee|court|team|trust|authority|watchdog|regulator|retailer|insurer|lender|"
    "exchange|band|corporation|operator|maker|giant|association|federation|league|school|university|hospital"
)
_ORG_REFERENCE = re.compile(rf"\b[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{_ORG_NOUNS})\s*$")


# A role word and up to four words before it, read backwards (see _subject_before).
_LAST_WORDS_REVERSED = re.compile(r"\s*[\w'’-]*(?:\s+[\w'’-]+){0,4}")
_STOP_AT = re.compile(r"[.!?…][\"”’')\]]*\s+|;\s+")
_ELLIPSIS_STOP = re.compile(r"…[\"”’')\]]*\s+")


def _last_clause_start(body: str, lower: int, position: int) -> int:
    """Where the last clause before ``position`` starts: the same as
    ``_LAST_CLAUSE_START.search(body, lower, position)`` (its end, else ``lower``), without
    trying every position of the window.

    A stop that has no ".", "!", "?" or ";" after it is either the last of those characters or
    an ellipsis after it.
    """
    last = max(
        body.rfind(".", lower, position),
        body.rfind("!", lower, position),
        body.rfind("?", lower, position),
        body.rfind(";", lower, position),
    )
    match = None
    if last >= 0:
        match = _STOP_AT.match(body, last, position)
    if match is None:
        match = _ELLIPSIS_STOP.search(body, max(lower, last + 1), position)
    return match.end() if match else lower


def _after_last_mark(body: str, start: int, end: int) -> int:
    """The end of the last quote mark in ``[start, end)``, else ``start``: the same as the last
    of ``_MARKS.finditer(body, start, end)``, without reading every mark."""
    last = start
    for char in _SINGLE_MARKS:
        index = body.rfind(char, start, end)
        if index >= last:
            last = index + 1
    index = body.rfind("''", start, end)
    if index >= 0:
        # Two apostrophes make a mark, taken in pairs from the start of their run.
        run = index
        while run > start and body[run - 1] == "'":
            run -= 1
        last = max(last, run + 2 * ((index + 2 - run) // 2))
    return last


def _strip_end(body: str, end: int, lower: int) -> int:
    while end > lower and body[end - 1] in " \t":
        end -= 1
    return end


def _inside_any(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of ``ranges`` (sorted, not overlapping each other)."""
    index = bisect.bisect_right(ranges, (end, end))
    return index > 0 and ranges[index - 1][1] > start


def _from_mention(mention: LinkedMention) -> _Speaker:
    return _Speaker(mention.text, mention.name, mention.kind, mention.start)


def _stripped_speaker(match: re.Match[str], group: int, kind: str) -> _Speaker:
    """A speaker from a pattern's words, without the spaces around them."""
    raw = match.group(group)
    text = raw.strip()
    return _Speaker(text, None, kind, match.start(group) + len(raw) - len(raw.lstrip()))


def _ranges(speaker: _Speaker | None, cue: str, cue_at: int | None) -> tuple[int, int, int, int]:
    """Where the speaker's words and the cue stand (-1 for what this quote's sentence does not hold)."""
    speaker_start = speaker.start if speaker is not None and speaker.text else -1
    speaker_end = speaker_start + len(speaker.text) if speaker is not None and speaker_start >= 0 else -1
    cue_start = cue_at if cue_at is not None and cue else -1
    return speaker_start, speaker_end, cue_start, cue_start + len(cue) if cue_start >= 0 else -1


def _skip_space(body: str, position: int, end: int) -> int:
    while position < end and body[position] in " \t":
        position += 1
    return position


def _direction(body: str, mark: re.Match[str], paragraph: Segment) -> int:
    char = mark.group()
    if char in "“„«":
        return _OPEN
    if char in "”»":
        return _CLOSE
    before = body[mark.start() - 1] if mark.start() > paragraph.start else " "
    after = body[mark.end()] if mark.end() < paragraph.end else " "
    opening = before.isspace() or before in _OPENING_CONTEXT
    closing = after.isspace() or after in _CLOSING_CONTEXT
    if opening and not closing:
        return _OPEN
    if closing and not opening:
        return _CLOSE
    return _EITHER


def _add_quote(found, body, paragraph, open_start, inner_start, inner_end, close_end, *, closed) -> None:
    # The comma before a closing mark belongs to the attribution, not to the words quoted.
    while inner_start < inner_end and body[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and (body[inner_end - 1].isspace() or body[inner_end - 1] == ","):
        inner_end -= 1
    if inner_end <= inner_start:
        return
    found.append(_RawQuote(paragraph, open_start, [(inner_start, inner_end)], close_end, closed))


_PATTERN_CACHE: dict[int, tuple[re.Pattern[str], ...]] = {}


def _role_words(gazetteer: Gazetteer) -> set[str]:
    # Role nouns and the titles' last words, either case: "the spokesman said", "the Bishop said".
    return set(gazetteer.role_nouns) | {word.lower() for word in gazetteer.title_words if word.isalpha()}


def _patterns(gazetteer: Gazetteer) -> tuple[re.Pattern[str], ...]:
    key = id(gazetteer)
    if key not in _PATTERN_CACHE:
        verbs = word_alternation(gazetteer.reporting_verbs)
        role_words = _role_words(gazetteer)
        roles = word_alternation(frozenset(role_words | {word[:1].upper() + word[1:] for word in role_words}))
        verb = re.compile(rf"(?<![\w-])(?:{verbs})\b")
        determiner = "(?:the|a|an|one|another|its|his|her|their)"
        # The match ends at the end of the window, so only where it starts matters; a search tries
        # every start, so rule out at once those inside a word, unless a determiner or the role
        # itself starts there: the word's own start gives the same match, and earlier (unless the
        # word starts before the window: role_before_at tries the window's start).
        role_before = re.compile(
            rf"(?:(?<![\w'’-])|\b(?={determiner}\s)|(?=(?:{roles})s?\s*$))"
            rf"(?:\b{determiner}\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{roles})s?\s*$"
        )
        reversed_roles = word_alternation(
            frozenset(word[::-1] for word in role_words | {word[:1].upper() + word[1:] for word in role_words})
        )
        role_end_reversed = re.compile(rf"\s*s?(?:{reversed_roles})")
        role_before_at = re.compile(rf"(?:\b{determiner}\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{roles})s?\s*$")
        role_at = re.compile(rf"(?:{determiner}\s+)?(?:[\w'’.-]+\s+){{0,3}}(?:{roles})s?\b")
        according = re.compile(r"\b[Aa]ccording to\s+")
        _PATTERN_CACHE[key] = (verb, role_before, role_at, according, role_end_reversed, role_before_at)
    return _PATTERN_CACHE[key]
