"""A multi-file app: a sibling module and a data file beside the script."""

import csv
from pathlib import Path

import streamlit as st
from helpers import describe

rows = list(csv.DictReader((Path(__file__).parent / "cities.csv").open(encoding="utf-8")))
st.title("Cities")
name = st.selectbox("City", [row["city"] for row in rows])
st.write(describe(next(row for row in rows if row["city"] == name)))
