package no.samvirke.inbox.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import no.samvirke.inbox.internal.TaskPage;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The RFC 8288 {@code Link} header of a task page: {@code first} and {@code last} always,
 * {@code prev} and {@code next} where there is such a page. The targets are references relative
 * to the server (path and query, no host: right behind a proxy or load balancer too); they keep
 * the request's other parameters and always name {@code page} and {@code size}.
 */
final class PageLinks {

    static final String TOTAL_COUNT = "X-Total-Count";

    private PageLinks() {
    }

    static String of(TaskPage page, HttpServletRequest request) {
        return of(page, UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString()));
    }

    private static String of(TaskPage page, UriComponentsBuilder request) {
        List<String> links = new ArrayList<>();
        links.add(link(request, 0, page.size(), "first"));
        if (page.hasPrevious()) {
            links.add(link(request, page.previousPage(), page.size(), "prev"));
        }
        if (page.hasNext()) {
            links.add(link(request, page.page() + 1, page.size(), "next"));
        }
        links.add(link(request, page.lastPage(), page.size(), "last"));
        return String.join(", ", links);
    }

    private static String link(UriComponentsBuilder request, int page, int size, String rel) {
        String uri = request.cloneBuilder().replaceQueryParam("page", page).replaceQueryParam("size", size)
                .build().toUriString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}
