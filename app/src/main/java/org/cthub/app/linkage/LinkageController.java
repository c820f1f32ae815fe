package org.cthub.app.linkage;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The linkage page: start a linkage of encoded files (data manager) or of organisations' stored cases (analyst),
 * each form shown only to whoever may use it; follow its
 * progress (htmx polls the progress fragment), and read its summary. A malformed file comes back to the form
 * with what is wrong, where; the service checks who may do what.
 */
@Controller
class LinkageController {

    private final LinkageRun run;

    LinkageController(LinkageRun run) {
        this.run = run;
    }

    @GetMapping("/linkage")
    String index(Model model) {
        return form(model, null);
    }

    @PostMapping("/linkage/files")
    String files(@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
                 HttpServletResponse response) throws IOException {
        List<EncodedUploads.Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty()) {
                uploads.add(new EncodedUploads.Upload(listName(file.getOriginalFilename()), file.getInputStream()));
            }
        }
        try {
            run.checkEncoded(); // checks the authority before any file is read
            return "redirect:/linkage/jobs/" + run.startEncoded(EncodedUploads.read(uploads)).id();
        } catch (LinkageInputException e) {
            response.setStatus(422);
            return form(model, e);
        }
    }

    @PostMapping("/linkage/organisations")
    String organisations(@RequestParam(name = "organisation", required = false) List<String> codes, Model model,
                         HttpServletResponse response) {
        try {
            return "redirect:/linkage/jobs/" + run.startOrganisations(codes).id();
        } catch (LinkageInputException e) {
            response.setStatus(422);
            return form(model, e);
        }
    }

    @GetMapping("/linkage/jobs/{id}")
    String job(@PathVariable String id, Model model) {
        LinkageJob job = run.job(id);
        model.addAttribute("job", job);
        model.addAttribute("state", job.state());
        return "linkage/job";
    }

    /** The progress fragment htmx polls; when the job has ended it asks the page to reload with the result. */
    @GetMapping("/linkage/jobs/{id}/progress")
    String progress(@PathVariable String id, Model model, HttpServletResponse response) {
        LinkageJob job = run.job(id);
        // One reading of the state for the header and the fragment: the job may end between two readings.
        LinkageJob.State state = job.state();
        if (state != LinkageJob.State.RUNNING) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("job", job);
        model.addAttribute("state", state);
        return "linkage/job :: progress";
    }

    private String form(Model model, LinkageInputException problem) {
        java.util.Set<String> authorities = CurrentUser.get().role().authorities();
        boolean store = authorities.contains(Role.Authority.LINKAGE_STORE);
        model.addAttribute("canUpload", authorities.contains(Role.Authority.LINKAGE_RUN));
        model.addAttribute("canLinkStore", store);
        model.addAttribute("organisations", store ? run.organisations() : List.of());
        model.addAttribute("jobs", run.myJobs());
        model.addAttribute("problem", problem);
        model.addAttribute("maxFiles", EncodedUploads.MAX_FILES);
        return "linkage/index";
    }

    /** A list's name from an uploaded file's: its last path segment without .csv, in safe characters. */
    static String listName(String original) {
        String name = original == null ? "" : original.replaceAll(".*[/\\\\]", "");
        if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            name = name.substring(0, name.length() - 4);
        }
        name = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return name.isEmpty() ? "list" : name.substring(0, Math.min(60, name.length()));
    }
}
