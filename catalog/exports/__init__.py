"""Machine-readable catalog exports: DCAT-AP, DCAT-US, Frictionless and data.gov.tw.

Each export is a pure function from the catalog model to a dict or an rdflib graph; only
`write_exports` (in `writer`) touches the disk.
"""

from catalog.exports.datagovtw import datagovtw_dataset, datagovtw_datasets
from catalog.exports.dcat_ap import dcat_ap_graph
from catalog.exports.dcat_us import data_json
from catalog.exports.frictionless import catalog_package, datapackage_for
from catalog.exports.writer import EXPORT_FILES, write_exports

__all__ = [
    "EXPORT_FILES",
    "catalog_package",
    "data_json",
    "datagovtw_dataset",
    "datagovtw_datasets",
    "datapackage_for",
    "dcat_ap_graph",
    "write_exports",
]
