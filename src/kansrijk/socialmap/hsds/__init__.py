"""Exchange of the social map in the Open Referral HSDS 3.0 format (pure Python parts).

`records` holds the typed records both directions share, `export` maps records to HSDS
JSON, `parse` maps (validated) HSDS JSON back to records, `tabular` converts between the
nested JSON and HSDS's tabular (CSV) form, and `schema` validates against the shipped
HSDS 3.0 JSON schemas in `data/hsds-3.0/`.
"""
