"""Key facts from an article body: entities with every mention, quotes with speakers, figures, dates.

Pure Python, deterministic, no model download. ``extract_facts`` is the door and ``pipeline``
runs the steps, each in its own module: ``sentences`` (boundaries), ``gazetteer`` (data files),
``entities`` (capitalised phrases), ``aliases`` (linking short forms), ``kinds`` (what each name
is), ``quotes`` (speech and speakers), ``numbers`` (figures and dates).

Entities are listed in order of their first mention; every list of ranges is sorted by start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.model import Facts

# Bump whenever extraction output changes: the cache keys on it.
# 29: a document "commissioned by" a body named is that body's ("commissioned by the board": no one's);
# 28: a government's Division is an organisation; a leading role of a long or possessive body ("The chairman of
# council's Finance Committee, X"); a lawyer, an attorney and counsel are one role, and an owner before a role rules
# out a holder who serves another; "It" after a study is its author's; a document opening its sentence speaks for
# the author its clause gives ("A report released by the office in January found"); "in January" before a verb is
# when; a hyphenated word opening a firm's name is the firm; a filer referred back to by a word of its name; a
# role in the lede is its one holder named just after ("a Franklin County judge said" … "Judge Adaeze Morrow");
# 27: "Ald." and "Del." as titles; "Ward 8" before a title names no one; "4-H." is no initial; "the Spencer
# Republican" is the one tagged "R-Spencer"; speech read past list bullets and "(no relation)"; a given name that is a
# surname too tells the sex when the last name is used alone; a shared surname is the bearer named by then;
# "Hyun-joo Park, who …" is a person; town and county managers as titles; "the planning director" is the holder whose
# role gives "planning"; a chair given by "is chaired by", ", the … who chairs", "chairman, Republican Sen. X";
# "Min-ji Park and her husband, Dae-jung Park": people, and "Min-ji" alone hers; evaluations, petitions and
# memorandums as documents; "…, said the governor made …" is no inverted attribution;
# 26: vice titles; the subject before a party aside ("Republican of Kansas") and a town and state in an
# appositive; "X chairs the …"; the person before "executive director of X, a …"; an answer is the one a paragraph
# says "was pressed"; a pronoun past "But at a conference in Chicago,"; kin tell a sex better than a census count;
# 25: "the company" is no public board, bureau or authority; "the bureau chief" is who heads it; a given name
# that is a word acts before "isn't"; prosecutors, county counselors and selectmen as titles;
# 24: bounds on quotes (MAX_QUOTES) and fewer mentions (MAX_MENTIONS) per body; a narrated question past a phrase
# in commas; a possessive opening goes on past an owner; "the prosecutor" covers deputies; "US Attorney" and
# "Mayor Pro Tem" as titles;
# 23: a pronoun passes over a sentence of the writer's naming no one, reads across a partial quote and past a
# "who" clause, answers after a narrated question, replies to another; words after "she went further."; roles
# before a name ("The chairman of …, Rep. X", "who chairs"); "Eunice Park, who …" is a person; given names that
# are words too ("Wade"); the subject before a "whose" clause or a long party tag;
# 22: an acronym is the one organisation of the article whose initials it spells ("FTC", "NAO");
# 21: documents' authors by "by"/"from" and by whoever sent, filed or sued, studies and audits as documents, a
# town and its state ending an appositive, nations' embassies and governments, the turns of a narrated
# questioning, words after a paragraph whose last sentence names one person, answers a colon brings in;
# 20: the body the sentence before opens with ("the group"), offices, plaintiffs by description, Mr./Ms. by
# sex, titles kept for shared surnames, unnamed askers, turns of talk, organisations' short forms, leagues;
# 19: documents' authors in their own sentence, local offices and "Chief" as titles, roles a clause gives ("who
# chairs"), the armed services, people for a cause, "St."/"Mt."/"Ft." inside names, colon paragraphs introducing
# quotes, turns between pronouns, a lone word opening a firm's name, names ending in "day";
# 18: names kept whole by the text's evidence (hyphenated surnames, plurals' possessives, union locals, offices of
# titles, firms opening with an adjective or a region), lone first names, surnames that are places too, occupations
# as roles; pronouns read back over possessives and opening clauses, the role holder spoken of last, documents'
# owners and filers, a place after "in" no subject;
# 17: shared and hyphenated surnames, given names cut short, abbreviated endings keep their stop ("Co.",
# "Jr."), turns in exchanges, press offices, owners before reporting words, "and" inside trade names;
# 16: unnamed sources and spokespeople, turns and replies, groups and campaign committees, "U.S."/"Prop.";
# 15: US news forms (shared surnames, roles, references, tabloid verbs, titles in marks, Q&A), AP
# abbreviations; 14: bounds on hostile bodies; 13: the first of two subjects past an acronym, unnamed
# reported speakers go on; 12: "Trustees" ends an organisation's name; 11: world given names, things that
# are no people; 10: attribution of terms, documents, pronouns in reported speech; 9: first names from SSA
# data, lone surnames that speak; 8: names, single quote marks.
EXTRACTOR_VERSION = "29"


def extract_facts(body: str) -> Facts:
    # The steps are imported when first needed: compiling their patterns takes a tenth of a second,
    # which a run that finds every article's facts in the cache (reading only this version) never pays.
    from briefing.extract.pipeline import extract

    return extract(body)


__all__ = ["EXTRACTOR_VERSION", "extract_facts"]
