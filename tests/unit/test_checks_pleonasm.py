"""Pleonasm classes and cognate repetition on sentences written for this file (not from any corpus).

Each FLAG row is a fault the rule must underline, with the words that must be inside the span;
each member of a class is a different word from the data files' examples, so the test fails when a
rule stops covering its class rather than one listed pair. QUIET rows are correct prose that looks
like a fault (an idiom, a legitimate second meaning) and must raise no issue of that category.
"""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker


def _spans(text: str, category: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker().check(text) if i.category == category]


PLEONASM_FLAG = [
    # modifier entailed by its head (classes, any inflection, one adjective between)
    ("The firm showed off its new inventions at the fair.", "new"),
    ("Her past experiences abroad helped.", "past"),
    ("The minister outlined his future plans for the port.", "future"),
    ("Walkers got advance notice of the closure.", "advance"),
    ("Everyone agreed on the ultimate outcome.", "ultimate"),
    ("Buyers receive a complimentary gift with each order.", "complimentary"),
    ("The result was an unforeseen surprise for the club.", "unforeseen"),
    ("There is a broad common consensus on the route.", "common"),
    ("She met her fellow teammates at the airport.", "fellow"),
    ("Researchers will mutually cooperate on the survey.", "mutually"),
    ("The fire totally demolished the barn.", "totally"),
    ("The new law wholly abolished the fee.", "wholly"),
    ("The club faces a tricky dilemma over its ground.", "tricky"),
    ("He kept to his usual routine of an early swim.", "usual"),
    ("The team first commenced work in May.", "first"),
    ("She gave a brief recap of the week.", "brief"),
    # verb that already carries its particle (lemma-matched, object may stand between)
    ("The shares soared up after the report.", "up"),
    ("The submarine descended down to the wreck.", "down"),
    ("Smoke emerged out of the chimney.", "out"),
    ("The two parishes amalgamated the choirs together last year.", "together"),
    ("The council will reassess the scheme again next spring.", "again"),
    ("Customers can repay the loan back over five years.", "back"),
    ("The sisters reunited again after twenty years.", "again"),
    ("A cyclist trailed behind the lorry for a mile.", "behind"),
    ("The talks will proceed forward next week.", "forward"),
    ("Partners interacted with one another online.", "with one another"),
    ("The two strikes coincided at the same time.", "at the same time"),
    # doubled synonyms
    ("The ruling is null and void.", "void"),
    ("The new rules help and assist small traders.", "assist"),
    ("Her aims and objectives were clear.", "objectives"),
    ("They spotted a massive colossal iceberg.", "colossal"),
    ("Fares are comparatively relatively low.", "relatively"),
    ("It costs approximately around ten pounds.", "around"),
    # acronym + the word its last letter stands for
    ("Enter your PIN numbers carefully.", "numbers"),
    ("The LCD display cracked in the cold.", "display"),
    ("He bought a new SSD drive for the laptop.", "drive"),
    # a figure's unit already names its dimension
    ("The wall is 40 feet in height.", "in height"),
    ("Each sack is 25 kg in weight.", "in weight"),
    ("The course lasts six weeks in duration.", "in duration"),
    # also ... as well; joint ... together; repeated trend
    ("She also sings in the choir as well.", "also"),
    ("The two towns made a joint bid together for the games.", "together"),
    ("There is a rising tide of complaints that keeps rising.", "rising"),
    # a head prefix or a two-word head; comparatives before "in <dimension>"
    ("He thanked his fellow co-hosts and his former ex-partner.", "fellow"),
    ("He thanked his fellow co-hosts and his former ex-partner.", "former"),
    ("Their past track record is strong.", "past"),
    ("The new towers are taller in height.", "in height"),
    ("The second batch was fewer in number.", "in number"),
    # pre- verbs, orbit around, evolve over time, each other after identical
    ("Visitors pre-registered their cars beforehand.", "beforehand"),
    ("Two moons orbit around the planet.", "around"),
    ("The two armies converged together on the town.", "together"),
    ("The twins' bikes are identical to each other.", "to each other"),
    # the period said twice; conjunction doubled by an adverb
    ("The fair is held annually every year.", "every year"),
    ("Prices fell, but however demand held.", "however"),
    # (session 9: "and also" alone is left to the writer, "part of the charm and also part of the
    # problem"; with "as well" the also-as-well rule finds it: test_checks_s9_precision)
    ("The plan is cheap and also quick as well.", "also"),
    ("A smaller team was formed, so therefore costs fell.", "so"),
    # a currency or percent symbol and its word; people nouns that carry the adjective
    ("Tickets cost $45 dollars at the door.", "dollars"),
    ("Turnout rose to 62% per cent.", "per cent"),
    ("A famous celebrity opened the fete.", "famous"),
    ("Uninvited intruders broke the lock.", "Uninvited"),
    # up together, in two, met with each other, shout loudly
    ("The two bakers teamed up together for the fair.", "together"),
    ("The estate was halved in two by the new road.", "in two"),
    ("The mayors met with one another on Friday.", "with one another"),
    ("Fans bellowed loudly at the referee.", "loudly"),
    # alternatives in one particle row; share + common; quickly + rush; total devastation
    ("The singer murmured softly into the microphone.", "softly"),
    ("The empire expanded outwards from the coast.", "outwards"),
    ("The two villages share a common well.", "common"),
    ("He quickly rushed to the station.", "quickly"),
    ("The flood caused total devastation in the valley.", "total"),
    ("The notes were brief and concise.", "brief and concise"),
    # additive opener + also; still/currently ongoing; clearly evident; already pre-X; flee away
    ("Furthermore, the club also sold its ground.", "also"),
    ("Repairs are currently ongoing at the pier.", "currently"),
    ("It was plainly obvious that the bid would fail.", "plainly"),
    ("The seats were already pre-allocated.", "already"),
    ("The burglars fled away before dawn.", "away"),
    ("The result was simply just wrong.", "simply just"),
    # WordNet synonyms joined by and/or (generated groups, not listed pairs)
    ("Shoppers can buy and purchase tickets online.", "buy and purchase"),
    ("The shop will close and shut at noon.", "close and shut"),
    ("He felt sick and ill all week.", "sick and ill"),
    ("Both options are cheap and inexpensive.", "cheap and inexpensive"),
    # heads picked from WordNet glosses that contain the modifier
    ("The clinic cared for a young puppy.", "young"),
    ("Officials feared a widespread epidemic.", "widespread"),
    ("The museum holds an exact facsimile of the map.", "exact"),
    # fall down / continue on without an object; both ... mutually; collaborate together with
    ("Leaves fell down across the whole valley.", "down"),
    ("The rover will continue on alongside the ridge.", "on"),
    ("Both parties mutually accepted the terms.", "mutually"),
    ("The charity is cooperating together with the council.", "together"),
    ("Two towns agreed to jointly share a library.", "jointly"),
    ("The result was totally unprecedented.", "totally"),
    ("Crews removed the remaining remnants of the pier.", "remaining"),
    # limits and counts said twice; first ... for the first time; early beginnings
    ("Groups of up to a maximum of 12 can book.", "up to"),
    ("Each team needs at least a minimum of five players.", "at least"),
    ("Over 300 runners or more took part.", "or more"),
    ("The repair took around three weeks or so.", "or so"),
    ("The band first played Leeds for the first time in 1999.", "for the first time"),
    ("From its early beginnings the choir sang in Welsh.", "early"),
    ("Remote work is increasingly more common.", "more"),
    # a range of different; current reigning; reprise again; mandatory and compulsory
    ("The market sells a variety of different cheeses.", "different"),
    ("She beat the current reigning champion.", "current"),
    ("He reprised the part again in 2004.", "again"),
    ("The course is mandatory and compulsory for staff.", "mandatory and compulsory"),
    ("The crowd cheered loudly and noisily.", "loudly and noisily"),
    # 'each other' after a reciprocal verb; more acronyms; drop down without an object
    ("The two finalists faced off against each other.", "against each other"),
    ("The captains shook hands with one another.", "with one another"),
    ("Both unions negotiated with each other for a week.", "with each other"),
    ("The firm hired a new IT technology manager.", "technology"),
    ("Rates dropped down to 2 percent.", "down"),
    # more absolute adjectives; adverb before a verb that contains it; alone by oneself
    ("The species is now completely extinct.", "completely"),
    ("The change is totally irreversible.", "totally"),
    ("It was a very unprecedented step.", "very"),
    ("The coach loudly bellowed at the players.", "loudly"),
    ("He lives alone by himself in the hills.", "by himself"),
    ("Climbers reached the top summit before noon.", "top"),
    ("Fences mark the outer perimeter of the site.", "outer"),
    ("Crowds flocked together to the square.", "together"),
    ("The file was checked again a second time.", "a second time"),
    ("Buyers get a free bonus cable.", "free"),
    # any hyphenated re- verb + again/once more; still not yet
    ("The lido re-opened again after the storm.", "again"),
    ("Technicians re-tested the samples once more.", "once more"),
    ("The report has still not yet been published.", "yet"),
    # a dimension noun, a figure, then the adjective the noun already names
    ("The spire rises to a height of 80 metres high.", "high"),
    ("She started rowing at the age of twelve years old.", "old"),
    ("The riders sped rapidly past the crowd.", "rapidly"),
    ("The band's newest and latest single is out.", "newest and latest"),
    ("The plan was scrapped and abandoned in May.", "scrapped and abandoned"),
]

PLEONASM_QUIET = [
    "The crowd rose up against the regime in 1989.",
    "The old bridge was rebuilt after the flood and reopened in May.",
    "She worked together with the council on the plan.",
    "He returned to the back of the queue.",
    "The previous record stood for ten years.",
    "The final results will be published on Friday.",
    "Both big and small firms signed up.",
    "The report looked at clear, accurate and timely data.",
    "We talked about around thirty topics.",
    "He also paid the bill.",
    "The play was also well received.",
    "They live in the immediate vicinity of the airport.",
    "A new recruitment drive starts in June.",
    "The river is 12 miles long.",
    "Prices are rising as well as wages.",
    "Follow the signs to the car park.",
    "She followed the lorry after the junction.",
    "The couple later married each other.",
    "They trusted each other completely.",
    "The dough can be prepared in advance.",
    "He is paid weekly, a week in arrears.",
    "The past record stood for a decade.",
    "The film is funny and sad by turns.",
    "Tickets cost 45 dollars, a rise of 5 percent.",
    "The two teams met each other in the final.",
    "The report gave a short summary of the year.",
    "The two parties share common ground on tax.",
    "In addition to the fee, buyers also pay a deposit.",
    "The road is clearly visible from the hill.",
    "Enjoy some peace and quiet by the lake.",
    "The pair came home safe and sound.",
    "He was tired and hungry after the walk.",
    "She fell down the stairs last winter.",
    "The hearing will continue on Monday.",
    "The walkers continued on foot.",
    "Every move has to be planned days in advance.",
    "They worked together with the police.",
    "We talked about it for an hour or so.",
    "At least 300 runners took part.",
    "The ring dropped down the drain.",
    "The smell still lingers in the hall.",
    "The highest peak in the range is snow-capped.",
    "The lido re-opened in May.",
    "A height of 50 metres makes it tall.",
    "At the age of 16 she left school.",
    "The race quickly became a procession.",
    "The rush quickly faded after noon.",
]

COGNATE_FLAG = [
    ("The farmers who farm the hills sell lamb.", "farm"),
    # a title made from a verb, a name, an optional who/whose clause, then that verb
    ("Producer Tom Ross produced the album in Leeds.", "produced"),
    ("Editor Jo Park, who joined in May, edits the weekly.", "edits"),
    # a relative pronoun after a comma keeps the noun's clause; so does a closed parenthesis
    ("The campaign, which campaigns for cleaner rivers, met on Friday.", "campaigns"),
    ("The review, when it appeared in May, reviewed every ward.", "reviewed"),
]

COGNATE_QUIET = [
    "Mark Twain marked the page.",
    "Officer Dan Ray offered help to the crowd.",
    "After a slow opening, the team began to open up the game.",
    "The volunteers who signed up met on Monday.",
    "The designers met the design team on Monday.",
    "She named the street after her father and signed the order.",
    "A team of engineers inspected the bridge.",
    "The campaign group met the minister, who promised a review.",
]


@pytest.mark.parametrize(("text", "needle"), PLEONASM_FLAG)
def test_pleonasm_class_flags(text: str, needle: str) -> None:
    spans = _spans(text, "pleonasm")
    assert any(needle in s for s in spans), (text, spans)


@pytest.mark.parametrize("text", PLEONASM_QUIET)
def test_pleonasm_look_alikes_stay_quiet(text: str) -> None:
    assert _spans(text, "pleonasm") == []


@pytest.mark.parametrize(("text", "needle"), COGNATE_FLAG)
def test_cognate_flags(text: str, needle: str) -> None:
    spans = _spans(text, "cognate_repetition")
    assert any(needle in s for s in spans), (text, spans)


@pytest.mark.parametrize("text", COGNATE_QUIET)
def test_cognate_look_alikes_stay_quiet(text: str) -> None:
    assert _spans(text, "cognate_repetition") == []


def test_touching_deletions_are_one_issue() -> None:
    text = "Plan ahead in advance for parking."
    issues = [i for i in BuiltinChecker().check(text) if i.category == "pleonasm"]
    assert len(issues) == 1 and issues[0].replacements == ("",)


def test_doublet_span_keeps_one_word() -> None:
    text = "The ruling undermines and weakens the deal."
    (issue,) = [i for i in BuiltinChecker().check(text) if i.category == "pleonasm"]
    assert text[issue.start : issue.end] == "undermines and weakens"
    assert issue.replacements == ("undermines",)
