package vn.kehoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class LatestRequestTest {
    private final LatestRequest searches = new LatestRequest();
    private final List<String> shown = new ArrayList<>();

    @Test
    void anAnswerArrivingAfterANewerSearchStartedIsDropped() {
        Consumer<String> first = searches.start(shown::add);
        Consumer<String> second = searches.start(shown::add);

        second.accept("kết quả mới");
        first.accept("kết quả cũ");

        assertThat(shown).containsExactly("kết quả mới");
    }

    @Test
    void theOnlySearchIsShown() {
        searches.<String>start(shown::add).accept("một");

        assertThat(shown).containsExactly("một");
    }

    @Test
    void anOlderAnswerArrivingFirstIsDroppedToo() {
        Consumer<String> first = searches.start(shown::add);
        Consumer<String> second = searches.start(shown::add);

        first.accept("cũ");
        second.accept("mới");

        assertThat(shown).containsExactly("mới");
    }
}
