package org.cthub.app.releases;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.OptionalLong;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The release pages. Refusals (a failed check, files changed since the build, a published release) come back
 * to the release's page as a message that says why; the service checks who may do what.
 */
@Controller
class ReleasesController {

    private final ReleaseService service;

    ReleasesController(ReleaseService service) {
        this.service = service;
    }

    @GetMapping("/releases")
    String list(Model model) {
        model.addAttribute("releases", service.list());
        model.addAttribute("budget", service.budget());
        return "releases/list";
    }

    @PostMapping("/releases")
    String build(@RequestParam String method, @RequestParam(defaultValue = "11") int k,
                 @RequestParam(defaultValue = "0.05") double suppression,
                 @RequestParam(defaultValue = "4") BigDecimal epsilon, RedirectAttributes redirect) {
        ReleaseMethod chosen = ReleaseMethod.fromCliName(method).orElse(null);
        if (chosen == null) {
            redirect.addFlashAttribute("problem", "releases.problem.method");
            return "redirect:/releases";
        }
        ReleaseParameters parameters;
        try {
            parameters = new ReleaseParameters(chosen, k, suppression, 1, epsilon, new BigDecimal("1E-6"),
                    OptionalLong.empty());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", "releases.problem.parameters");
            return "redirect:/releases";
        }
        try {
            return "redirect:/releases/jobs/" + service.start(parameters).id();
        } catch (ReleaseJobs.BusyException busy) {
            if (busy.startedBy(CurrentUser.get().username())) {
                return "redirect:/releases/jobs/" + busy.active().id();
            }
            redirect.addFlashAttribute("problem", "releases.problem.busy");
            return "redirect:/releases";
        }
    }

    /**
     * How far a build got. With htmx the progress part is polled; without script the page has a link to look
     * again. A finished build goes to its release's page (a redirect, or {@code HX-Redirect} for htmx), with the
     * "built" message kept for it in the flash map either way.
     */
    @GetMapping("/releases/jobs/{id}")
    String job(@PathVariable String id, @RequestHeader(value = "HX-Request", required = false) String htmx,
               Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        ReleaseJobs.Job job = service.job(id).orElseThrow(() -> new NotFoundException("release build"));
        model.addAttribute("job", job);
        model.addAttribute("polling", htmx != null);
        if (job.state() == ReleaseJobs.State.DONE) {
            String target = "/releases/" + job.releaseId();
            if (htmx == null) {
                redirect.addFlashAttribute("built", true);
                return "redirect:" + target;
            }
            FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
            flash.put("built", true);
            RequestContextUtils.saveOutputFlashMap(target, request, response);
            response.setHeader("HX-Redirect", request.getContextPath() + target);
        }
        return htmx != null ? "releases/job :: progress" : "releases/job";
    }

    @GetMapping("/releases/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("view", service.view(id));
        return "releases/show";
    }

    /** The folder's files as downloads: report.html carries its own styles, so it is never shown inside CT Hub. */
    @GetMapping("/releases/{id}/files/{name:.+}")
    void download(@PathVariable long id, @PathVariable String name, HttpServletResponse response)
            throws IOException {
        var file = service.file(id, name);
        response.setContentType("application/octet-stream");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                .toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        Files.copy(file, response.getOutputStream());
    }

    @PostMapping("/releases/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "releases.approved", () -> service.approve(id));
    }

    @PostMapping("/releases/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "releases.published", () -> service.publish(id));
    }

    @PostMapping("/releases/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        if (note != null && note.length() > 500) {
            redirect.addFlashAttribute("problem", "releases.problem.note");
            return "redirect:/releases/" + id;
        }
        return act(id, redirect, "releases.rejected", () -> service.reject(id, note));
    }

    private static String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (org.cthub.store.releases.ReleaseRefusedException e) {
            redirect.addFlashAttribute("problem", "releases.refused." + e.reason().name());
        }
        return "redirect:/releases/" + id;
    }
}
