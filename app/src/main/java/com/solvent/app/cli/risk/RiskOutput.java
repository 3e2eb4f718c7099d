package com.solvent.app.cli.risk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * JSON and CSV writing shared by the risk commands, the venue scan and the workstation's risk desk
 * exports (Jackson; field names come from the row records), so a file saved from the desk has the
 * shape the commands print; and the commands' exit codes.
 */
public final class RiskOutput {
    /** Exit code: every account was evaluated. */
    public static final int OK = 0;
    /** Exit code: some account could not be evaluated; the run covered the others. */
    public static final int ACCOUNT_FAILED = 1;
    /** Exit code: bad file or usage; nothing was run. */
    public static final int BAD_INPUT = 2;
    /**
     * Exit code (chain commands): the node could not serve the request: unreachable, another chain than
     * the deployment's, no venue at the address, or a block whose state it has pruned (needs an archive RPC).
     */
    public static final int NODE_FAILED = 3;

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final CsvMapper CSV = new CsvMapper();

    private RiskOutput() {
    }

    /** {@code document} as indented JSON. */
    public static String json(Object document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of one record type as CSV with a header line, columns in the record's component order. */
    public static <T extends Record> String csv(Class<T> type, List<T> rows) {
        CsvSchema schema = CSV.schemaFor(type).withHeader();
        try {
            return CSV.writer(schema).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
