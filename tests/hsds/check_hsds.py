#!/usr/bin/python3
"""Checks a folder of HSDS CSV files against a Frictionless tabular data package description.

    check_hsds.py --schema tests/hsds/datapackage.json [--profile db/profile/datapackage.json] FOLDER

The schema is the official HSDS 3.0 datapackage.json (tests/hsds/README.md). With --profile, a
profile's datapackage.json (db/profile/) is merged over it first: its fields are added to the
resources of the same name (or change the constraints of a field of the same name), its foreign
keys are added, and its resources that HSDS lacks are new files.

What is checked, as the Frictionless Table Schema spec defines it:
- every CSV file is a resource of the package and every column a field of its resource; without
  --profile, columns and files HSDS does not define are allowed (HSDS conformance lets a
  publisher add properties) and only listed, with --profile they must be the profile's;
- constraints: required, unique, enum, pattern, minLength/maxLength, minimum/maximum;
- types and formats: string (uuid, email, uri), number, integer, boolean, date, time, datetime;
- primary keys unique, foreign keys pointing at an existing row;
- the folder's own datapackage.json, when it has one, as the Data Package spec describes a
  descriptor: `name` lower case, `version`, `title`, `created` and `profile` strings (a version
  written as a number is refused by Frictionless), `resources` a list of named resources.

Only the Python standard library (Debian's /usr/bin/python3, as CI runs it). Prints one line per
violation ("services.csv line 4: id: ..."), then a count per kind; exit 0 when there is none, 1
when there are violations, 2 on wrong usage or an unreadable package.
"""
import argparse
import collections
import copy
import csv
import datetime
import json
import os
import re
import sys
import urllib.parse

UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$")  # Table Schema's default: hh:mm:ss
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
INTEGER = re.compile(r"^[+-]?\d+$")
NAME = re.compile(r"^[a-z0-9._-]+$")  # a package's or resource's name (Data Package spec)


def load_package(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def merge_profile(package, profile):
    """The profile's resources merged over the package's, by resource name and field name."""
    merged = copy.deepcopy(package)
    by_name = {r["name"]: r for r in merged["resources"]}
    for extra in profile.get("resources", []):
        base = by_name.get(extra["name"])
        if base is None:
            merged["resources"].append(copy.deepcopy(extra))
            by_name[extra["name"]] = merged["resources"][-1]
            continue
        fields = {f["name"]: f for f in base["schema"]["fields"]}
        for field in extra.get("schema", {}).get("fields", []):
            if field["name"] in fields:
                target = fields[field["name"]]
                for key, value in field.items():
                    if key == "constraints":
                        target.setdefault("constraints", {}).update(value)
                    elif key != "name":
                        target[key] = value
            else:
                base["schema"]["fields"].append(copy.deepcopy(field))
        base["schema"].setdefault("foreignKeys", []).extend(extra.get("schema", {}).get("foreignKeys", []))
    return merged


def as_list(value):
    return value if isinstance(value, list) else [value]


def type_problem(field, value):
    """Why `value` (not empty) does not fit the field's type and format; None when it does."""
    kind, fmt = field.get("type", "string"), field.get("format", "default")
    if kind == "string":
        if fmt == "uuid" and not UUID.match(value):
            return "'%s' is not a UUID (format uuid)" % value
        if fmt == "email" and not EMAIL.match(value):
            return "'%s' is not an e-mail address (format email)" % value
        if fmt == "uri":
            parts = urllib.parse.urlsplit(value)
            if not parts.scheme or not (parts.netloc or parts.path) or any(c.isspace() for c in value):
                return "'%s' is not a URI (format uri)" % value
        return None
    if kind == "number":
        return None if NUMBER.match(value) else "'%s' is not a number" % value
    if kind == "integer":
        return None if INTEGER.match(value) else "'%s' is not an integer" % value
    if kind == "boolean":
        return None if value in ("true", "false", "True", "False", "TRUE", "FALSE", "1", "0") else \
            "'%s' is not a boolean" % value
    if kind == "date":
        try:
            if DATE.match(value):
                datetime.date.fromisoformat(value)
                return None
        except ValueError:
            pass
        return "'%s' is not a date (YYYY-MM-DD)" % value
    if kind == "time":
        return None if TIME.match(value) else "'%s' is not a time (hh:mm:ss)" % value
    if kind == "datetime":
        try:
            datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
            return None
        except ValueError:
            return "'%s' is not a date and time (ISO 8601)" % value
    return None


def json_kind(value):
    """'a number', 'a list', ... for a value read from JSON."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    return {list: "a list", dict: "an object", type(None): "null"}.get(type(value), "not a string")


def number(value):
    try:
        return float(value)
    except ValueError:
        return None


class Checker:
    def __init__(self, package, strict_extras):
        self.resources = package["resources"]
        self.strict = strict_extras
        self.violations = []
        self.kinds = collections.Counter()
        self.notes = []
        self.values = {}  # resource name -> field -> set of values (for foreign keys)
        self.rows = {}    # resource name -> (file, [(line, {field: value})])

    def violation(self, kind, where, message):
        self.kinds[kind] += 1
        self.violations.append("%s: %s" % (where, message))

    def check_descriptor(self, folder):
        """The folder's datapackage.json against the Data Package spec's descriptor properties."""
        path = os.path.join(folder, "datapackage.json")
        if not os.path.exists(path):
            return
        where = "datapackage.json"
        try:
            descriptor = load_package(path)
        except ValueError as e:
            self.violation("descriptor", where, "not valid JSON (%s)" % e)
            return
        if not isinstance(descriptor, dict):
            self.violation("descriptor", where, "not a JSON object")
            return
        for key in ("name", "version", "title", "created", "profile", "description", "homepage"):
            if key in descriptor and not isinstance(descriptor[key], str):
                self.violation("descriptor", where, "%s %s is %s; the Data Package spec makes it a string" % (
                    key, json.dumps(descriptor[key]), json_kind(descriptor[key])))
        if isinstance(descriptor.get("name"), str) and not NAME.match(descriptor["name"]):
            self.violation("descriptor", where, "name '%s' is not lower-case letters, digits, '.', '-', '_'"
                           % descriptor["name"])
        if isinstance(descriptor.get("created"), str):
            try:
                datetime.datetime.fromisoformat(descriptor["created"].replace("Z", "+00:00"))
            except ValueError:
                self.violation("descriptor", where, "created '%s' is not an ISO 8601 date and time"
                               % descriptor["created"])
        resources = descriptor.get("resources")
        if not isinstance(resources, list) or not resources:
            self.violation("descriptor", where, "resources must be a list with at least one resource")
            return
        for i, resource in enumerate(resources):
            if not isinstance(resource, dict) or not isinstance(resource.get("name"), str) \
                    or not NAME.match(resource["name"]):
                self.violation("descriptor", where, "resources[%d] has no lower-case name" % i)
            elif "path" not in resource and "data" not in resource:
                self.violation("descriptor", where, "resource %s has neither path nor data" % resource["name"])

    def check_folder(self, folder):
        self.check_descriptor(folder)
        by_path = {r["path"]: r for r in self.resources if "path" in r}
        files = sorted(f for f in os.listdir(folder) if f.endswith(".csv"))
        for name in files:
            resource = by_path.get(name)
            if resource is None:
                if self.strict:
                    self.violation("unknown file", name, "not a file of HSDS or of the profile")
                else:
                    self.notes.append("%s: not an HSDS file (an extension)" % name)
                continue
            self.check_table(os.path.join(folder, name), name, resource)
        for name, (file, rows) in self.rows.items():
            self.check_foreign_keys(name, file, rows)

    def check_table(self, path, file, resource):
        schema = resource["schema"]
        fields = {f["name"]: f for f in schema["fields"]}
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.reader(f)
            try:
                header = next(reader)
            except StopIteration:
                self.violation("header", file, "the file is empty (no header)")
                return
            records = [(reader.line_num, r) for r in reader]
        seen = set()
        for column in header:
            if column in seen:
                self.violation("header", file + " line 1", "column %s appears twice" % column)
            seen.add(column)
            if column not in fields:
                if self.strict:
                    self.violation("unknown field", file + " line 1",
                                   "column %s is not a field of %s in HSDS or the profile" % (column, resource["name"]))
                else:
                    self.notes.append("%s: column %s is not an HSDS field (an extension)" % (file, column))
        for name, field in fields.items():
            if field.get("constraints", {}).get("required") and name not in header:
                self.violation("required", file + " line 1", "required field %s is missing from the header" % name)
        unique = {n: {} for n, f in fields.items() if f.get("constraints", {}).get("unique")}
        key = as_list(schema.get("primaryKey", []))
        keys = {}
        rows = []
        for line, record in records:
            where = "%s line %d" % (file, line)
            if len(record) != len(header):
                self.violation("row", where, "%d values, but the header has %d" % (len(record), len(header)))
                continue
            row = dict(zip(header, record))
            rows.append((line, row))
            for name, value in row.items():
                field = fields.get(name)
                if field is None:
                    continue
                constraints = field.get("constraints", {})
                if value == "":
                    if constraints.get("required"):
                        self.violation("required", where, "%s is required but empty" % name)
                    continue
                problem = type_problem(field, value)
                if problem:
                    self.violation("format", where, "%s %s" % (name, problem))
                    continue
                if "enum" in constraints and value not in constraints["enum"]:
                    self.violation("enum", where, "%s '%s' is not one of %s" % (name, value, ", ".join(constraints["enum"])))
                if "pattern" in constraints and not re.fullmatch(constraints["pattern"], value):
                    self.violation("pattern", where, "%s '%s' does not match %s" % (name, value, constraints["pattern"]))
                if "minLength" in constraints and len(value) < constraints["minLength"]:
                    self.violation("length", where, "%s is shorter than %d" % (name, constraints["minLength"]))
                if "maxLength" in constraints and len(value) > constraints["maxLength"]:
                    self.violation("length", where, "%s is longer than %d" % (name, constraints["maxLength"]))
                for bound, outside in (("minimum", lambda v, b: v < b), ("maximum", lambda v, b: v > b)):
                    if bound in constraints and number(value) is not None and outside(number(value), constraints[bound]):
                        self.violation("range", where, "%s %s is beyond the %s %s" % (name, value, bound, constraints[bound]))
                if name in unique:
                    if value in unique[name]:
                        self.violation("unique", where, "%s '%s' is also on line %d" % (name, value, unique[name][value]))
                    else:
                        unique[name][value] = line
            if key and all(k in row for k in key):
                value = tuple(row[k] for k in key)
                if value in keys:
                    self.violation("primary key", where, "%s '%s' is also on line %d" % (
                        ",".join(key), ",".join(value), keys[value]))
                keys[value] = line
        self.rows[resource["name"]] = (file, rows)
        self.values[resource["name"]] = {n: {r[n] for _, r in rows if r.get(n)} for n in header}

    def check_foreign_keys(self, name, file, rows):
        resource = next(r for r in self.resources if r["name"] == name)
        for fk in resource["schema"].get("foreignKeys", []):
            columns = as_list(fk["fields"])
            target = fk["reference"]["resource"] or name
            target_columns = as_list(fk["reference"]["fields"])
            for line, row in rows:
                if any(row.get(c, "") == "" for c in columns):
                    continue
                known = self.values.get(target)
                if known is None:
                    self.violation("foreign key", "%s line %d" % (file, line), "%s '%s' points at %s, which is not in the folder"
                                   % (columns[0], row[columns[0]], target))
                    continue
                for c, t in zip(columns, target_columns):
                    if row[c] not in known.get(t, ()):
                        self.violation("foreign key", "%s line %d" % (file, line),
                                       "%s '%s' is not the %s of any row of %s" % (c, row[c], t, target))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--schema", required=True, help="the HSDS datapackage.json")
    parser.add_argument("--profile", help="a profile's datapackage.json, merged over the schema")
    parser.add_argument("--show", type=int, default=50, help="print at most this many violations (default 50)")
    parser.add_argument("folder")
    args = parser.parse_args()
    try:
        package = load_package(args.schema)
        if args.profile:
            package = merge_profile(package, load_package(args.profile))
    except (OSError, ValueError, KeyError) as e:
        print("check_hsds: cannot read the package description: %s" % e, file=sys.stderr)
        return 2
    if not os.path.isdir(args.folder):
        print("check_hsds: %s is not a folder" % args.folder, file=sys.stderr)
        return 2
    checker = Checker(package, strict_extras=bool(args.profile))
    checker.check_folder(args.folder)
    for note in checker.notes:
        print("note: " + note)
    for line in checker.violations[:args.show]:
        print(line)
    if len(checker.violations) > args.show:
        print("... and %d more" % (len(checker.violations) - args.show))
    what = "HSDS 3.0" + (" with the profile" if args.profile else "")
    if checker.violations:
        counts = ", ".join("%s %d" % (k, n) for k, n in sorted(checker.kinds.items()))
        print("%s: %d violations of %s (%s)" % (args.folder, len(checker.violations), what, counts))
        return 1
    print("%s: no violations of %s" % (args.folder, what))
    return 0


if __name__ == "__main__":
    sys.exit(main())
