// What a BI tool sees when it connects as a member of the reader role:
// the `report` views and their descriptions through DatabaseMetaData (the
// calls Metabase, DBeaver and Power BI's connector make), and nothing it may
// read or change beyond them.
//
// usage: java -cp postgresql.jar:. ReaderAccessCheck JDBC_URL USER PASSWORD VIEW...
// Prints one line per check ("ok ..." / "FAIL ..."); exit 0 only when all pass.
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

public class ReaderAccessCheck {
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static int failures = 0;

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: ReaderAccessCheck JDBC_URL USER PASSWORD VIEW...");
            System.exit(2);
        }
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            DatabaseMetaData metadata = connection.getMetaData();
            System.out.println("ok connected as " + metadata.getUserName() + " with "
                    + metadata.getDriverName() + " " + metadata.getDriverVersion());
            TreeSet<String> views = reportViews(metadata);
            for (int i = 3; i < args.length; i++) {
                checkView(connection, metadata, views, args[i]);
            }
            checkBaseTablesRefused(connection, metadata);
            // report.documents is a plain one-table view, so PostgreSQL would
            // let an INSERT through to its table: only the missing privilege stops it.
            checkRefused(connection, "insert through the updatable view report.documents",
                    "INSERT INTO report.documents (source_name) VALUES ('written by a reader')");
            checkRefused(connection, "create a table in schema public",
                    "CREATE TABLE public.reader_was_here (x int)");
            checkRefused(connection, "create a table in schema report",
                    "CREATE TABLE report.reader_was_here (x int)");
        }
        System.out.println(failures == 0 ? "ALL CHECKS PASSED" : failures + " CHECK(S) FAILED");
        System.exit(failures == 0 ? 0 : 1);
    }

    private static TreeSet<String> reportViews(DatabaseMetaData metadata) throws SQLException {
        TreeSet<String> views = new TreeSet<>();
        try (ResultSet rs = metadata.getTables(null, "report", "%", new String[] {"VIEW"})) {
            while (rs.next()) {
                views.add(rs.getString("TABLE_NAME"));
                if (isBlank(rs.getString("REMARKS"))) {
                    fail("view report." + rs.getString("TABLE_NAME") + " has no description");
                }
            }
        }
        System.out.println("ok metadata lists " + views.size() + " views in schema report");
        return views;
    }

    private static void checkView(Connection connection, DatabaseMetaData metadata,
            TreeSet<String> views, String view) throws SQLException {
        if (!views.contains(view)) {
            fail("view report." + view + " is not visible through DatabaseMetaData.getTables");
            return;
        }
        int columns = 0;
        List<String> undescribed = new ArrayList<>();
        try (ResultSet rs = metadata.getColumns(null, "report", view, "%")) {
            while (rs.next()) {
                columns++;
                if (isBlank(rs.getString("REMARKS"))) {
                    undescribed.add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        if (columns == 0) {
            fail("report." + view + " shows no columns");
        } else if (!undescribed.isEmpty()) {
            fail("report." + view + " columns without a comment: " + undescribed);
        }
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM report." + view + " LIMIT 1")) {
            rs.next();
            System.out.println("ok report." + view + ": " + columns + " described columns, readable");
        } catch (SQLException e) {
            fail("cannot read report." + view + ": " + e.getMessage());
        }
    }

    // Every ordinary table outside the system schemas must refuse the reader.
    private static void checkBaseTablesRefused(Connection connection, DatabaseMetaData metadata)
            throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = metadata.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (!schema.startsWith("pg_") && !schema.equals("information_schema")) {
                    tables.add(quote(schema) + "." + quote(rs.getString("TABLE_NAME")));
                }
            }
        }
        if (tables.isEmpty()) {
            fail("found no base tables to try (is the database migrated?)");
        }
        for (String table : tables) {
            checkRefused(connection, "select from " + table, "SELECT * FROM " + table + " LIMIT 1");
        }
        checkRefused(connection, "delete from " + tables.get(0), "DELETE FROM " + tables.get(0));
        System.out.println("ok tried " + tables.size() + " base tables");
    }

    private static void checkRefused(Connection connection, String what, String sql) {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
            fail("reader was allowed to " + what);
        } catch (SQLException e) {
            if (INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
                System.out.println("ok refused: " + what);
            } else {
                fail("refusing '" + what + "' gave SQLSTATE " + e.getSQLState()
                        + " instead of " + INSUFFICIENT_PRIVILEGE + ": " + e.getMessage());
            }
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static void fail(String message) {
        failures++;
        System.out.println("FAIL " + message);
    }
}
