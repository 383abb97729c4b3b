#!/bin/sh
# The UN Member States that were not parties to the Trafficking Protocol on 18 December 2008, the day
# General Assembly resolution 63/194 urged them to join: one JSON document (InstrumentGaps).
base="${RATIFICATION_API_URL:-http://localhost:5000}"
curl -fsS -H 'Accept: application/json' "$base/v1/instruments/trafficking-protocol/gaps?asOf=2008-12-18"
