#pragma once
// The catalogue schema: the migrations in db/migrations, compiled in.
#include <string>
#include <vector>

#include "core/result.h"
#include "core/sqlite.h"

namespace ww {

// The schema version this program writes and reads (PRAGMA user_version).
int current_schema_version();

// Runs every migration after the database's user_version, each in its own transaction.
// A database newer than this program is an error.
Status migrate(Database& db);

// Checks that the tables and columns this program reads exist; empty when all is well.
std::vector<std::string> check_schema(const Database& db);

}  // namespace ww
