"""Disclosure control: the one place that decides what any output shows of a small count.

Pure code, no models. Every page, CSV, PDF and API answer reads what these functions decided
(the indicators store it with each value; the other apps call them when they build a table).
The design, its sources and the protection it promises are in
``docs/adr/0013-disclosure-one-module-against-an-attacker.md``.

* ``periods``: which periods are published at all (single years and fixed, non-overlapping
  pooled blocks; never overlapping pools).
* ``hierarchy``: complementary suppression over the area tree (municipality, GGD region,
  province, country) and the periods of a block, for counts with a numerator and a
  denominator.
* ``lines``: complementary suppression for small tables with totals (signalling's counts).
* ``aggregates``: whether a sum of several published cells (a coalition's total, a
  questionnaire theme) may be shown.
"""
