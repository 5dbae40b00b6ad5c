"""Words naming a market or what trades on one ("stocks", "the dollar", "bitcoin", "the Dow"):
the subject of a market report's "rally" is no gathering (``time.present``), and "Bitcoin said to
rise" names no person (``actors.speakers``). A lexicon below the stages, so neither reads the
other's for it."""

from __future__ import annotations

MARKET_WORDS = frozenset({
    "stock", "stocks", "share", "shares", "market", "markets", "price", "prices", "index", "indices",
    "equity", "equities", "bond", "bonds", "yield", "yields", "future", "futures", "treasury",
    "treasuries", "currency", "dollar", "euro", "yen", "pound", "sterling", "shekel", "rupee", "lira",
    "rouble", "ruble", "yuan", "franc", "oil", "crude", "gold", "silver", "copper", "bitcoin", "bourse",
    "street", "dow", "nasdaq", "ftse", "dax", "nikkei", "sensex", "tasi"})
