package org.cthub.app.estimates;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.Role;
import org.cthub.estimation.CaptureTableProblem;
import org.cthub.estimation.PopulationEstimate;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analysts' estimates page. A table comes as an uploaded CSV file ({@code file}) or as text ({@code table}):
 * typed into the page, or posted by the linkage page with its capture histories. Options left out take the
 * command line's defaults. Nothing is kept: the downloads post the same table and options again, and the same
 * seed gives the same numbers.
 */
@Controller
class EstimatesController {

    /** A small table to start from: Western (Farrell et al. 2019), as in Chan, Silverman &amp; Vincent 2021. */
    static final String EXAMPLE = """
            A,B,C,D,E,count
            1,0,0,0,0,52
            0,1,0,0,0,90
            0,0,1,0,0,114
            0,0,0,1,0,45
            0,0,0,0,1,21
            1,0,1,0,0,4
            1,0,0,1,0,2
            1,0,0,0,1,5
            0,1,1,0,0,6
            0,1,0,1,0,1
            0,0,0,1,1,3
            1,0,1,0,1,1
            0,1,1,1,0,1
            """;

    private static final String VIEW = "estimates/page";

    private final EstimateService service;
    private final MessageSource messages;

    EstimatesController(EstimateService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @GetMapping("/estimates")
    @PreAuthorize("hasAuthority('" + Role.Authority.ESTIMATE_RUN + "')")
    String form(Model model) {
        return page(model, EstimateForm.defaults(), EXAMPLE);
    }

    @PostMapping("/estimates")
    @PreAuthorize("hasAuthority('" + Role.Authority.ESTIMATE_RUN + "')")
    String run(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String table,
               @RequestParam(required = false) String method, @RequestParam(required = false) String pthreshold,
               @RequestParam(required = false) String bootstrap, @RequestParam(required = false) String seed,
               Model model, Locale locale) {
        EstimateForm form = new EstimateForm(method, pthreshold, bootstrap, seed);
        TableInput input = TableInput.of(bytes(file), table);
        EstimateService.Outcome outcome = service.run(input, form);
        // The table goes back into the text box, from a file too, so it can be corrected or run again.
        String kept = input instanceof TableInput.Text text ? text.text() : table;
        show(outcome, model, locale);
        return page(model, form, kept);
    }

    @PostMapping("/estimates/estimate.json")
    @PreAuthorize("hasAuthority('" + Role.Authority.ESTIMATE_RUN + "')")
    String json(@RequestParam(required = false) String table, @RequestParam(required = false) String method,
                @RequestParam(required = false) String pthreshold, @RequestParam(required = false) String bootstrap,
                @RequestParam(required = false) String seed, Model model, Locale locale,
                HttpServletResponse response) throws IOException {
        return downloadOrPage(table, new EstimateForm(method, pthreshold, bootstrap, seed), model, locale, response,
                "estimate.json", "application/json",
                estimate -> JsonMapper.builder().build().writeValueAsString(EstimateCommand.asJson(estimate)));
    }

    @PostMapping("/estimates/models.csv")
    @PreAuthorize("hasAuthority('" + Role.Authority.ESTIMATE_RUN + "')")
    String models(@RequestParam(required = false) String table, @RequestParam(required = false) String method,
                  @RequestParam(required = false) String pthreshold, @RequestParam(required = false) String bootstrap,
                  @RequestParam(required = false) String seed, Model model, Locale locale,
                  HttpServletResponse response) throws IOException {
        return downloadOrPage(table, new EstimateForm(method, pthreshold, bootstrap, seed), model, locale, response,
                "models.csv", "text/csv", EstimatesController::candidatesCsv);
    }

    /**
     * A download estimates again from the same table, options and seed (nothing is kept on the server) and sends
     * the result as a file; a refusal shows the page with its explanation instead.
     */
    private String downloadOrPage(String table, EstimateForm form, Model model, Locale locale,
                                  HttpServletResponse response, String name, String type,
                                  java.util.function.Function<PopulationEstimate, String> content) throws IOException {
        EstimateService.Outcome outcome = service.run(TableInput.of(null, table), form);
        if (outcome instanceof EstimateService.Estimated estimated) {
            return download(response, name, type, content.apply(estimated.estimate()));
        }
        show(outcome, model, locale);
        return page(model, form, table);
    }

    /** The candidate models, one per row, numbers as computed (a point for decimals, whatever the language). */
    static String candidatesCsv(PopulationEstimate estimate) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("model", "estimate",
                "ci95_low", "ci95_high", "aic", "bic", "chosen").get())) {
            for (PopulationEstimate.Candidate candidate : estimate.candidates()) {
                csv.printRecord(String.join(" + ", candidate.model()), candidate.estimate(), candidate.ci95().low(),
                        Double.isFinite(candidate.ci95().high()) ? candidate.ci95().high() : "",
                        candidate.aic(), candidate.bic(), candidate.chosen());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the download; null tells Spring the response is complete (the handler took the response). */
    private static String download(HttpServletResponse response, String name, String type, String body)
            throws IOException {
        response.setContentType(type);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.getWriter().write(body);
        return null;
    }

    private void show(EstimateService.Outcome outcome, Model model, Locale locale) {
        switch (outcome) {
            case EstimateService.Estimated estimated -> model.addAttribute("result", EstimateView.of(
                    estimated.estimate(), estimated.options(), estimated.sha256(), messages, locale));
            case EstimateService.Rejected rejected -> {
                List<Map.Entry<String, String>> problems = new ArrayList<>();
                for (EstimateForm.Problem problem : rejected.formProblems()) {
                    problems.add(Map.entry(problem.field(), EstimateView.message(messages, problem.key(),
                            problem.arguments(), locale)));
                }
                for (CaptureTableProblem problem : rejected.tableProblems()) {
                    problems.add(Map.entry("table", EstimateView.problem(problem, messages, locale)));
                }
                Map<String, List<String>> byField = new LinkedHashMap<>();
                problems.forEach(problem -> byField.computeIfAbsent(problem.getKey(), field -> new ArrayList<>())
                        .add(problem.getValue()));
                model.addAttribute("problems", problems);
                model.addAttribute("fieldProblems", byField);
            }
            case EstimateService.Unable unable -> model.addAttribute("unable", EstimateView.message(messages,
                    "estimates.unable." + unable.reason().name(), List.of(unable.lists()), locale));
        }
    }

    private static String page(Model model, EstimateForm form, String table) {
        model.addAttribute("form", form);
        model.addAttribute("table", table == null ? "" : table);
        model.addAttribute("methods", EstimateForm.METHODS);
        model.addAttribute("maxBootstrap", EstimateForm.MAX_BOOTSTRAP);
        model.addAttribute("canLink", CurrentUser.find()
                .map(account -> account.role().authorities().contains(Role.Authority.LINKAGE_RUN)).orElse(false));
        return VIEW;
    }

    private static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            // A file beyond the limit is refused without reading it all into memory.
            return file.getSize() > TableInput.MAX_BYTES ? new byte[TableInput.MAX_BYTES + 1] : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to read the uploaded capture table", e);
        }
    }
}
