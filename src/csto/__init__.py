"""csto: load, validate and chart the data of CSTO in Data, or of any alliance stored in the same schema.

>>> import csto
>>> ds = csto.load()
>>> csto.members_on(ds.memberships, "2012-12-19", "CSTO", ds.organizations)
['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK']
"""

from importlib import metadata as _metadata

from .alliances import membership_changes, side_by_side, sibling_data_dir
from .compare import (atop_spells, compare_dyad_years, compare_years, compare_spells, compare_state_years, dyads_from_codes,
                      member_dyad_years, member_years, summarise)
from .io import Dataset, load
from .membership import (changes, dyad_year_panel, roster, lineage, members_on, normalise_spells, state_year_panel,
                         status_on)
from .schema import default_data_dir, read_schema
from .validate import Problem, ValidationError, check, validate

try:  # the version pyproject.toml gives, as installed (it once stood here by hand and fell behind)
    __version__ = _metadata.version("csto")
except _metadata.PackageNotFoundError:  # imported from a source tree that was never installed
    __version__ = "unknown"
__all__ = ["Dataset", "Problem", "ValidationError", "check", "default_data_dir", "dyad_year_panel", "lineage",
           "load", "members_on", "compare_years", "normalise_spells", "read_schema", "roster", "changes", "state_year_panel", "status_on",
           "validate", "membership_changes", "side_by_side", "sibling_data_dir", "atop_spells", "compare_dyad_years",
           "compare_spells", "compare_state_years", "dyads_from_codes", "member_dyad_years", "member_years", "summarise"]
