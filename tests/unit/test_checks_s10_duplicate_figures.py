"""Session 10: duplicate_information recall by figure normalisation, on sentences written fresh
for these tests (none copied from a corpus): a share's rate period ("4% a year" is a share, not a
duration), a bound before "a third", dollars and cents said in words, terawatts, an age in other
units, a year before a plural count, a run adjective before the counted noun, decades as whole
years and an inclusive year range, a short sentence that counts again what the previous one
counted, a fraction word that gives the ratio of two measures ("0.4 inches against a normal of
3.1, barely an eighth"), an age given as "in its 25th year", an age said again as a span ("aged
19 and still in his teens"), "half seven" as 7.30, a sport's seasons as the years of a contract,
a factor said again as a count of the thing measured against ("a hundred Milky Ways wide"), an
opposite denied after "and" ("shallow and not very deep"), a calendar date said again in words
("Jan. 1, the first day of the new year"); and the correct sentences (conversions in brackets,
compared figures, other groups, the group named again to say something new of it) each
mechanism must leave alone."""
from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from editor_app.core.checks import pipeline, registry


@cache
def _checker() -> Any:
    return registry.create("builtin", registry.CheckerOptions())


def _spans(text: str) -> list[tuple[int, int]]:
    return [(i.start, i.end) for i in pipeline.run(text, [_checker()]).issues if i.category == "duplicate_information"]


FAULTY = [
    ('The fund returns about 6% a year, which means it earns roughly six percent annually for investors.',
     'which means it earns roughly six percent annually'),
    ('The loan carries 3.5 per cent a year, meaning borrowers pay three and a half percent a year on it.',
     'meaning borrowers pay three and a half percent a year'),
    ('The phone still had 38% of its battery, meaning it still had over a third of its charge left.',
     'meaning it still had over a third of its charge left'),
    ('The survey reached 64% of households, meaning more than half of the homes answered it.',
     'meaning more than half of the homes answered it'),
    ('A coffee here costs €2.40, or two euros and forty cents.',
     'or two euros and forty cents'),
    ('The ticket was $4.75, which is four dollars and seventy-five cents.',
     'which is four dollars and seventy-five cents'),
    ('The new solar farms add up to 3,000 gigawatts, or three terawatts, of capacity across the region.',
     'or three terawatts'),
    ('The grid can now draw on 1.5 terawatts, some 1,500 gigawatts, at the evening peak.',
     'some 1,500 gigawatts'),
    ('Their daughter Mia is three and a half, which makes her forty-two months old.',
     'which makes her forty-two months old'),
    ('The colt is two, which makes him twenty-four months old this spring.',
     'which makes him twenty-four months old'),
    ('Last winter 450 families used the food bank, with more than four hundred households collecting parcels from it.',
     'with more than four hundred households collecting parcels from it'),
    ('This season 240 volunteers signed up, with over two hundred people helping at the weekend markets.',
     'with over two hundred people helping at the weekend markets'),
    ('The side won nine straight wins, nine consecutive victories in the league.',
     'nine consecutive victories in the league'),
    ('Savings bonds pay 5% per year, which means they pay five percent a year before tax.',
     'which means they pay five percent a year'),
    ('The mortgage rate is fixed at 4.2% a year, meaning it stays at 4.2 percent annually.',
     'meaning it stays at 4.2 percent annually'),
    ('Turnout was 71%, meaning well over two thirds of the voters took part.',
     'meaning well over two thirds of the voters took part'),
    ('Prices rose 12% over the year, more than a tenth higher than last spring.',
     'more than a tenth higher than last spring'),
    ('The boy is four, which makes him forty-eight months old, and he reads already.',
     'which makes him forty-eight months old'),
    ('The reservoir holds 2,500 gigawatt-hours, or 2.5 terawatt-hours, of stored energy.',
     'or 2.5 terawatt-hours'),
    ('A single ride costs $2.90, that is, two dollars and ninety cents.',
     'two dollars and ninety cents'),
    ('Average rainfall was 1.9 mm above the 1981–2010 mean, almost two millimetres wetter than the thirty-year average.',
     'almost two millimetres wetter than the thirty-year average'),
    ('The index gained 315 points in a busy session. The index finished the day 315 points higher than at the start.',
     'The index finished the day 315 points higher than at the start.'),
    ('Our tortoise is five, which makes him sixty months old, though he looks older.',
     'which makes him sixty months old'),
    ('The orchard picked 0.6 tonnes of plums this autumn, compared with 2.4 tonnes last year, only a quarter of a normal crop.',
     'only a quarter of a normal crop'),
    ('The clinic saw 52 patients on Monday, against 210 the Monday before, barely a quarter of its usual number.',
     'barely a quarter of its usual number'),
    ('The theatre, now in its 15th year, marked fifteen years of shows with a gala.',
     'marked fifteen years of shows with a gala'),
    ('The choir, now in its tenth year, has sung together for a decade this spring.',
     'has sung together for a decade this spring'),
    ('The goalkeeper, aged 18 and still in his teens, kept a clean sheet on his debut.',
     'and still in his teens'),
    ('The new head teacher, 36, is in her mid-thirties and has taught at the school since 2015.',
     'is in her mid-thirties'),
    ('We met at half six, at 6.30pm sharp, outside the station.',
     'at 6.30pm sharp'),
    ('The café was packed by half eight, every seat gone by about 8.30am.',
     'every seat gone by about 8.30am'),
    ('She signed a three-year deal, keeping her at the club for three seasons.',
     'keeping her at the club for three seasons'),
    ('The new tower is three times the height of the church, about three church spires tall.',
     'about three church spires tall'),
    ('The galaxy is roughly 50 times the width of our own, which makes it some fifty Milky Ways across.',
     'which makes it some fifty Milky Ways across'),
    ('The maker has recalled 120,000 units sold in the spring. Around 120,000 heaters sold over those three months are affected.',
     'Around 120,000 heaters sold over those three months are affected.'),
    ('The new rucksack is light and not heavy, so children can carry it.',
     'and not heavy'),
    ('After the storm the cellar stayed dry and not wet at all.',
     'and not wet at all'),
    ('The new parking rules start on Jan. 1, the first day of the new year, in every ward.',
     'the first day of the new year'),
    ('The museum shuts on 31 December, the last day of the year, for repairs.',
     'the last day of the year'),
]

CORRECT = [
    'The index rose 4% a year for a decade, and the fund earned 7% a year over the same period.',
    'A bus ticket costs €2.40, and a day pass costs four euros and forty cents.',
    'The race is 5 km (3 miles) long and starts at the harbour.',
    'The lake is 12 km (7 miles) long and 3 km wide.',
    'The battery had 41% of its charge left, while the older model had less than a third.',
    'The farm produced 3,000 gigawatt-hours last year, twice the output of the plant next door.',
    'Her son is two and a half, and her daughter is thirty months older than him.',
    'This year 312 people gave their time, and next year we hope for 400 volunteers.',
    'The savings account pays 4% a year, but the current account pays nothing at all.',
    'The team won seven straight games, then lost three consecutive matches in March.',
    'Rents climbed 9% a year in the city, against 3% a year in the suburbs.',
    'The plate cost RM6, and the drink was another two ringgit and fifty sen.',
    'The mill has two turbines of 1.5 terawatt-hours a year each, and a third is planned.',
    'More than a third of the members voted against, compared with 41% last year.',
    'The dog is three, and the cat is thirty-six months older than the hamster was.',
    'The bonds pay 5% per year, while inflation ran at 6% a year over the same span.',
    'In the year 1066 William crossed the Channel with several thousand men.',
    'The course is 42 km long and takes most runners four to five hours.',
    "She was the league's top scorer with 21 goals, eight straight seasons after her debut.",
    'Only 18% of the seats are reserved, meaning most of the hall is first come, first served.',
    'The fee is 2% a year, meaning a $10,000 balance costs $200 annually.',
    'Wages rose 3% a year, meaning real pay fell once prices rose faster.',
    'Police arrested six men after the match. The six men were released on bail the next morning.',
    'The farm keeps 200 cows. Every morning the 200 cows are milked by robots.',
    'The club has 40 members. It hopes to sign 40 more members next year.',
    'The first ferry carried 120 passengers. The second carried 120 passengers too.',
    'The school has 300 pupils. The school next door also has 300 pupils.',
    'The survey asked 2,000 adults about their diet. Of the 2,000 adults, most said they ate too little fruit.',
    'The index rose 315 points on Monday. On Tuesday it fell 315 points.',
    'He served from 1990 to 2010, and his successor served for twenty years after that.',
    'Six nurses worked the night shift. Six porters kept the wards supplied until dawn.',
    'Twelve drivers were hired in spring. Twelve mechanics joined the depot in the autumn.',
    'The stadium holds 40,000 fans. Some 40,000 fans turned up for the derby on a wet Sunday.',
    'Rated 4.5 out of 5, the phone costs £169, or £199 with more storage.',
    'The band, now in its 25th year, released its fifth album in 2019.',
    'The clinic saw 52 patients on Monday, against 210 the Monday before, only a few of them children.',
    'In its 12th year, the fair drew 3,000 visitors, only a third of them from outside the county.',
    'The fund grew from 2.4 million to 3.1 million euros, and only a quarter of it came from grants.',
    'The striker, aged 23, spent his early twenties abroad.',
    'The choir has 25 singers, most of them in their twenties.',
    'The chef, 31, opened her first restaurant in her late twenties.',
    'Doors open at half seven, and the band starts at 8.30pm.',
    'They cut the price by half, seven euros off each ticket.',
    'The shop opens at half eight and closes at 5pm.',
    'He signed a two-year contract after three seasons at the club.',
    'The coach has a four-year contract and has led the side for two seasons.',
    'The crater is 20 times wider than the old one, with 20 small vents across the floor.',
    'The ship is ten times the size of the old ferry, and it carries ten lorries on deck.',
    'The maker has recalled 120,000 units sold in the spring. Another 120,000 heaters are being checked by engineers.',
    'The maker sold 120,000 units in the spring. In the autumn it hopes to sell 120,000 heaters in Spain.',
    'The new rucksack is light but not flimsy.',
    'The new rucksack is light and not expensive.',
    'The road was wet and not safe for cyclists.',
    'Others urged the board to spend more, not less, on the libraries.',
    'Talk to the bus company first, not last.',
    'The shop reopens on Jan. 2, the first day of the new year for many staff.',
    'The law took effect on Feb. 1, a month after the vote.',
    'The event sold out in May. 5 of us still went anyway.',
]


@pytest.mark.parametrize(("text", "want"), FAULTY)
def test_figure_restated_is_flagged(text: str, want: str) -> None:
    a = text.rindex(want)
    assert any(s < a + len(want) and a < e for s, e in _spans(text)), text


@pytest.mark.parametrize("text", CORRECT)
def test_correct_figures_are_left_alone(text: str) -> None:
    assert _spans(text) == [], text
