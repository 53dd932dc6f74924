package dev.okr.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalBatchTest {

    private static final long NOON = 1_794_000_000_000L;

    @Test
    void anEventsPartsOfOneKeyTravelAsOneSignalInTheOrderTheyMatched() {
        SignalBatch batch = new SignalBatch();
        List<Signal> sent = new ArrayList<>();
        batch.add("u1", 3, Role.EVENT, true);
        batch.add("\u00007\u0000s42", 7, Role.FROM, false);
        batch.add("u1", 5, Role.COHORT, false);
        batch.add("u1", 9, Role.RETURN, true);

        batch.flush(NOON, sent::add);

        assertThat(sent).hasSize(2);
        Signal user = sent.get(0);
        assertThat(user.key).isEqualTo("u1");
        assertThat(user.time).isEqualTo(NOON);
        assertThat(user.parts).containsExactly(3, 5, 9);
        assertThat(List.of(user.role(0), user.role(1), user.role(2)))
                .containsExactly(Role.EVENT, Role.COHORT, Role.RETURN);
        assertThat(user.passes).containsExactly(true, false, true);
        Signal ticket = sent.get(1);
        assertThat(ticket.key).isEqualTo("\u00007\u0000s42");
        assertThat(ticket.parts).containsExactly(7);
        assertThat(ticket.role(0)).isEqualTo(Role.FROM);
        assertThat(ticket.passes).containsExactly(false);
    }

    @Test
    void aFlushStartsTheNextEventEmptyAndManyPartsFit() {
        SignalBatch batch = new SignalBatch();
        List<Signal> sent = new ArrayList<>();
        batch.add("u1", 1, Role.EVENT, true);
        batch.flush(NOON, sent::add);
        sent.clear();

        for (int part = 0; part < 20; part++) {
            batch.add("u2", part, Role.EVENT, true);
        }
        batch.flush(NOON + 1, sent::add);

        assertThat(sent).singleElement().satisfies(s -> assertThat(s.size()).isEqualTo(20));
        assertThat(sent.get(0).key).isEqualTo("u2");
        sent.clear();
        batch.flush(NOON + 2, sent::add);
        assertThat(sent).as("nothing added since the last flush").isEmpty();
    }
}
