"""De-identification: identifiers, recognizers, text scanning, treatments, k-anonymity."""
