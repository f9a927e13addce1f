package no.samvirke.inbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import no.samvirke.inbox.InboxTask;
import no.samvirke.inbox.internal.TaskPage;
import org.junit.jupiter.api.Test;

class PagerTest {

    @Test
    void aLongInboxListsTheFirstTheLastAndTheNeighboursOfTheCurrentPage() {
        Pager pager = Pager.of(new TaskPage(tasks(50), 9, 50, 1_000));

        assertThat(pager.number()).isEqualTo(10);
        assertThat(pager.count()).isEqualTo(20);
        assertThat(pager.from()).isEqualTo(451);
        assertThat(pager.to()).isEqualTo(500);
        assertThat(pager.items()).extracting(i -> i.gap() ? "…" : String.valueOf(i.number()))
                .containsExactly("1", "…", "8", "9", "10", "11", "12", "…", "20");
        assertThat(pager.items()).filteredOn(Pager.Item::current).singleElement()
                .satisfies(i -> assertThat(i.href()).isEqualTo("/innboks?page=9"));
        assertThat(pager.previous()).isEqualTo("/innboks?page=8");
        assertThat(pager.next()).isEqualTo("/innboks?page=10");
    }

    @Test
    void theFirstPageLinksWithoutParametersAndHasNoWayBack() {
        Pager pager = Pager.of(new TaskPage(tasks(2), 0, 2, 5));

        assertThat(pager.items()).extracting(Pager.Item::href)
                .containsExactly("/innboks?size=2", "/innboks?page=1&size=2", "/innboks?page=2&size=2");
        assertThat(pager.previous()).isNull();
        assertThat(pager.shown()).isTrue();
        assertThat(Pager.of(new TaskPage(tasks(3), 0, 50, 3)).shown()).as("one page needs no pager").isFalse();
        assertThat(Pager.of(new TaskPage(List.of(), 0, 50, 0)).items()).extracting(Pager.Item::href)
                .containsExactly("/innboks");
    }

    private static List<InboxTask> tasks(int n) {
        return Collections.nCopies(n, new InboxTask("t", "k", "n", "p", null, "B-1", null, null, null, false, List.of()));
    }
}
