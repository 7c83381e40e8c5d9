// Before a load reads any file: can this session store documents at all? A
// read-only database or a role without the privileges would refuse every
// document; said once, up front, instead of once per file.
#pragma once

#include <pqxx/pqxx>

namespace baocao::db {

// Throws DbError (with the SQLSTATE the server would give: 25006 read-only,
// 42501 no privilege) naming the problem and what to do; returns when the
// session may write baocao.documents, every table whose rows belong to a
// document (a chain of foreign keys to it), and baocao.rejects.
void check_can_store(pqxx::connection& conn);

}  // namespace baocao::db
