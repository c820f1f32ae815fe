package org.cthub.app.hub;

import java.util.Optional;

/** The forms a release's data is downloaded in; the file is always the published {@code data.csv}. */
enum DownloadFormat {
    CSV("csv", "text/csv;charset=UTF-8", "csv"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    JSON("json", "application/json", "json"),
    HXL("hxl", "text/csv;charset=UTF-8", "hxl.csv");

    private final String name;
    private final String mediaType;
    private final String extension;

    DownloadFormat(String name, String mediaType, String extension) {
        this.name = name;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    String urlName() {
        return name;
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    static Optional<DownloadFormat> of(String name) {
        for (DownloadFormat format : values()) {
            if (format.name.equals(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
