package org.cthub.app.hub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cthub.opendata.Answer;
import org.cthub.opendata.OpenRelease;
import org.cthub.opendata.ProtectedCount;
import org.cthub.opendata.Query;
import org.cthub.opendata.Variable;
import org.cthub.store.releases.DataRelease;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public hub's pages, for anyone without an account: the dashboard, the downloads, the data dictionary, the
 * methodology and the terms of use. They read only published releases, through {@link PublishedData}, and show
 * only protected counts: the dashboard's come from the API, the dictionary's from the same {@link OpenRelease}.
 */
@Controller
class HubPagesController {

    private final PublishedData published;
    private final MessageSource messages;
    /** The dictionary's rows per release and language: a release never changes, and each row costs a full count. */
    private final Map<String, List<Map<String, Object>>> dictionaries = new java.util.concurrent.ConcurrentHashMap<>();

    HubPagesController(PublishedData published, MessageSource messages) {
        this.published = published;
        this.messages = messages;
    }

    @GetMapping("/hub")
    String dashboard(@RequestParam(name = "release", required = false) String version, Model model, Locale locale) {
        List<DataRelease> releases = published.published();
        model.addAttribute("releases", releases);
        if (releases.isEmpty()) {
            return "hub/dashboard";
        }
        DataRelease release = chosen(version, releases);
        PublishedData.Loaded loaded = published.load(release);
        model.addAttribute("release", release);
        model.addAttribute("threshold", PublishedData.threshold(release));
        model.addAttribute("config", DashboardConfig.json(loaded, messages, locale));
        return "hub/dashboard";
    }

    @GetMapping("/hub/data")
    String downloads(Model model) {
        List<Map<String, Object>> releases = new ArrayList<>();
        List<DataRelease> all = published.published();
        for (int i = 0; i < all.size(); i++) {
            DataRelease release = all.get(i);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("release", release);
            // The list is newest first: the next one is the version this one is compared with.
            entry.put("changes", org.cthub.app.releases.ReleaseChanges.between(
                    i + 1 < all.size() ? java.util.Optional.of(all.get(i + 1)) : java.util.Optional.empty(), release));
            entry.put("threshold", PublishedData.threshold(release));
            entry.put("notes", notes(release));
            releases.add(entry);
        }
        model.addAttribute("releases", releases);
        model.addAttribute("formats", java.util.Arrays.stream(DownloadFormat.values()).map(DownloadFormat::urlName).toList());
        return "hub/data";
    }

    @GetMapping("/hub/dictionary")
    String dictionary(@RequestParam(name = "release", required = false) String version, Model model, Locale locale) {
        List<DataRelease> releases = published.published();
        model.addAttribute("releases", releases);
        if (releases.isEmpty()) {
            return "hub/dictionary";
        }
        DataRelease release = chosen(version, releases);
        PublishedData.Loaded loaded = published.load(release);
        if (dictionaries.size() > 30) {
            dictionaries.clear();
        }
        model.addAttribute("release", release);
        model.addAttribute("variables", dictionaries.computeIfAbsent(release.version() + "|" + locale.getLanguage(),
                key -> dictionaryRows(loaded, locale)));
        model.addAttribute("hxl", HxlTags.describe(DataFiles.header(published.file(release, PublishedData.DATA))));
        return "hub/dictionary";
    }

    private List<Map<String, Object>> dictionaryRows(PublishedData.Loaded loaded, Locale locale) {
        OpenRelease open = loaded.open();
        Map<String, Map<String, Object>> codebook = new LinkedHashMap<>();
        loaded.codebook().forEach(entry -> codebook.put(String.valueOf(entry.get("column")), entry));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Variable variable : open.variables()) {
            // One grouped answer per variable: its total and recorded counts are protected like any other.
            Answer answer = open.answer(new Query(List.of(), List.of(variable.name())));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", variable.name());
            row.put("title", DashboardConfig.message(messages, "hub.variable." + variable.name(), variable.name(), locale));
            row.put("kind", variable.kind().name());
            row.put("meaning", meaning(codebook, variable));
            row.put("values", variable.values().stream()
                    .map(value -> DashboardConfig.label(messages, variable, value, locale)).toList());
            row.put("columns", variable.kind().name().equals("FLAGS") ? variable.values() : List.of(variable.name()));
            row.put("recorded", recorded(answer.recorded().getFirst().count(), answer.total(), locale));
            rows.add(row);
        }
        return List.copyOf(rows);
    }

    @GetMapping("/hub/methodology")
    String methodology(Model model) {
        model.addAttribute("releases", published.published());
        return "hub/methodology";
    }

    @GetMapping("/hub/terms")
    String terms() {
        return "hub/terms";
    }

    /**
     * An unknown or unavailable release is a page of the hub's own, never the error page of the confidential side,
     * and nothing of the request is echoed or logged: a public address must not write what a visitor typed into
     * the server's log.
     */
    @ExceptionHandler(ApiProblem.class)
    String missing(ApiProblem problem, HttpServletResponse response) {
        response.setStatus(problem.code().status().value());
        return "hub/missing";
    }

    private DataRelease chosen(String version, List<DataRelease> releases) {
        return version == null || version.isBlank() ? releases.getFirst() : published.find(version);
    }

    private String notes(DataRelease release) {
        if (release.files().stream().noneMatch(file -> file.name().equals("NOTES.md"))) {
            return null;
        }
        try {
            Path file = published.file(release, "NOTES.md");
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | ApiProblem e) {
            return null;
        }
    }

    private static String meaning(Map<String, Map<String, Object>> codebook, Variable variable) {
        Map<String, Object> described = codebook.get(variable.name());
        if (described != null && described.get("meaning") != null) {
            return String.valueOf(described.get("meaning"));
        }
        List<String> flags = new ArrayList<>();
        for (String value : variable.values()) {
            Map<String, Object> flag = codebook.get(value);
            if (flag != null && flag.get("meaning") != null) {
                flags.add(value + ": " + flag.get("meaning"));
            }
        }
        return flags.isEmpty() ? null : String.join("; ", flags);
    }

    /** "n of N records", both protected; "fewer than k" where either is under the threshold. */
    private String recorded(ProtectedCount recorded, ProtectedCount total, Locale locale) {
        if (recorded instanceof ProtectedCount.Shown shown && total instanceof ProtectedCount.Shown all) {
            NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
            return messages.getMessage("hub.dictionary.recordedOf", new Object[] {numbers.format(shown.value()),
                    numbers.format(all.value())}, locale);
        }
        int threshold = recorded instanceof ProtectedCount.FewerThan fewer ? fewer.threshold()
                : ((ProtectedCount.FewerThan) total).threshold();
        return messages.getMessage("hub.fewerThan", new Object[] {threshold}, locale);
    }
}
