package org.cthub.app.cases;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cthub.app.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case list with its filters and pages, and its export to CSV and XLSX. */
@Controller
class CaseListController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CaseList list;
    private final CaseListExport export;
    private final CaseLabels labels;
    private final Clock clock;

    CaseListController(CaseList list, CaseListExport export, CaseLabels labels, Clock clock) {
        this.list = list;
        this.export = export;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping("/cases")
    String list(@RequestParam MultiValueMap<String, String> request, Model model) {
        CaseFilter filter = CaseFilter.read(request);
        var caseworkers = list.caseworkers();
        model.addAttribute("filter", filter);
        model.addAttribute("filtering", true);
        model.addAttribute("values", filter.values());
        model.addAttribute("errors", filter.errors());
        model.addAttribute("result", list.page(filter, page(request.getFirst("page"))));
        model.addAttribute("caseworkers", caseworkers);
        model.addAttribute("names", CaseList.names(caseworkers));
        model.addAttribute("statusField", CaseFilter.STATUS);
        model.addAttribute("filterFields", CaseFilter.FIELDS.stream()
                .collect(Collectors.toMap(FormField::name, field -> field)));
        model.addAttribute("maxExport", CaseListExport.MAX_ROWS);
        return "cases/list";
    }

    @GetMapping("/cases/export.csv")
    String csv(@RequestParam MultiValueMap<String, String> request, HttpServletResponse response,
               RedirectAttributes redirect) throws IOException {
        return download(request, "csv", "text/csv;charset=UTF-8", response, redirect);
    }

    @GetMapping("/cases/export.xlsx")
    String xlsx(@RequestParam MultiValueMap<String, String> request, HttpServletResponse response,
                RedirectAttributes redirect) throws IOException {
        return download(request, "xlsx", XLSX, response, redirect);
    }

    private String download(MultiValueMap<String, String> request, String format, String contentType,
                            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        CaseFilter filter = CaseFilter.read(request);
        long count = export.count(filter);
        if (count > CaseListExport.MAX_ROWS) {
            redirect.addFlashAttribute("exportTooLarge", count);
            return "redirect:" + filter.link("/cases", null);
        }
        String name = "cases-" + CurrentUser.get().organisationCode().toLowerCase(Locale.ROOT) + "-"
                + LocalDate.now(clock) + "." + format;
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                .toString());
        // Personal data: no copy in the browser's cache or any proxy's.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        OutputStream out = response.getOutputStream();
        try (Sheet sheet = "csv".equals(format) ? Sheet.csv(out) : Sheet.xlsx(out, labels.message("case.export.sheet"))) {
            export.write(filter, format, sheet);
        }
        out.flush();
        return null;
    }

    /** The page asked for; anything that is not a page number is the first page. */
    static int page(String text) {
        if (text == null || !text.matches("\\d{1,9}")) {
            return 0;
        }
        return Integer.parseInt(text);
    }
}
