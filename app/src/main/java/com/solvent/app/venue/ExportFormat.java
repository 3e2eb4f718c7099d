package com.solvent.app.venue;

/** The two shapes every desk table and result can be saved in (those the risk commands print). */
public enum ExportFormat {
    CSV("csv", "CSV files"),
    JSON("json", "JSON files");

    private final String extension;
    private final String description;

    ExportFormat(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    public String extension() {
        return extension;
    }

    public String description() {
        return description;
    }

    /** {@code base} with this format's extension, e.g. {@code venue-accounts.csv}. */
    public String fileName(String base) {
        return base + "." + extension;
    }
}
