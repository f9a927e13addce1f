package no.samvirke.inbox;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every open task a user sees in {@code GET /api/v1/tasks}, as a client walks the pages: the
 * largest page, then the {@code Link} header's {@code rel="next"} until there is none.
 */
public final class AllTasks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NEXT = Pattern.compile("<([^>]*)>;\\s*rel=\"next\"");
    private static final int MAX_PAGES = 1_000;

    private AllTasks() {
    }

    /** {@code request} makes the signed-in request for a URI, e.g. {@code uri -> get(uri).with(httpBasic(...))}. */
    public static ArrayNode of(MockMvc mvc, Function<String, MockHttpServletRequestBuilder> request) throws Exception {
        ArrayNode tasks = JSON.createArrayNode();
        String next = "/api/v1/tasks?size=200";
        for (int pages = 0; next != null; pages++) {
            if (pages == MAX_PAGES) {
                throw new AssertionError("more than " + MAX_PAGES + " pages: the Link header goes round in circles");
            }
            MockHttpServletResponse response = mvc.perform(request.apply(next)).andExpect(status().isOk())
                    .andReturn().getResponse();
            tasks.addAll((ArrayNode) JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8)));
            next = next(response.getHeader("Link"));
        }
        return tasks;
    }

    /** The target of {@code rel="next"} in a Link header, or null. */
    public static String next(String linkHeader) {
        if (linkHeader == null) {
            return null;
        }
        Matcher next = NEXT.matcher(linkHeader);
        return next.find() ? next.group(1) : null;
    }
}
