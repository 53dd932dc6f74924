package dev.okr.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.okrfile.KeyResult;
import dev.okr.okrfile.OkrFileLoader;
import dev.okr.okrfile.OkrSet;
import dev.okr.okrfile.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoOkrFilesTest {

    private static final LocalDate START = LocalDate.of(2027, 2, 14);

    @Test
    void theJarCarriesEveryExampleFile() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            List<String> examples =
                    files.map(p -> p.getFileName().toString())
                            .filter(n -> n.endsWith(".yaml"))
                            .sorted()
                            .toList();
            assertThat(DemoOkrFiles.EXAMPLES).containsExactlyInAnyOrderElementsOf(examples);
        }
        for (String name : DemoOkrFiles.EXAMPLES) {
            assertThat(DemoOkrFiles.example(name))
                    .isEqualTo(Files.readString(Path.of("..", "examples", name)));
        }
    }

    @Test
    void theMovedExamplesValidateAndRunOverTheNewPeriod(@TempDir Path dir) throws Exception {
        List<Path> files = DemoOkrFiles.write(dir, START);

        ValidationReport report = OkrFileLoader.validate(files);
        assertThat(report.errors()).isEmpty();
        OkrSet moved = OkrFileLoader.load(files);
        assertThat(moved.period().start()).isEqualTo(START);
        assertThat(moved.period().end()).isEqualTo(START.plusDays(DemoOkrFiles.PERIOD_DAYS - 1));
        assertThat(moved.keyResults()).hasSameSizeAs(examples().keyResults());
    }

    @Test
    void deadlinesMoveWithThePeriodAndEveryOtherLineStays(@TempDir Path dir) throws Exception {
        OkrSet examples = examples();
        OkrSet moved = OkrFileLoader.load(DemoOkrFiles.write(dir, START));
        long shift = START.toEpochDay() - examples.period().start().toEpochDay();
        int deadlines = 0;
        for (KeyResult kr : examples.keyResults()) {
            KeyResult after =
                    moved.keyResults().stream()
                            .filter(k -> k.id().equals(kr.id()))
                            .findFirst()
                            .orElseThrow();
            if (kr.deadline().isPresent()) {
                deadlines++;
                assertThat(after.deadline()).contains(kr.deadline().get().plusDays(shift));
            }
        }
        assertThat(deadlines).as("the examples have a deadline to move").isPositive();

        for (String name : DemoOkrFiles.EXAMPLES) {
            List<String> before = DemoOkrFiles.example(name).lines().toList();
            List<String> after = Files.readString(dir.resolve(name)).lines().toList();
            assertThat(after).hasSameSizeAs(before);
            for (int i = 0; i < before.size(); i++) {
                if (!before.get(i).matches("\\s*(period|deadline):.*")) {
                    assertThat(after.get(i)).as("%s line %d", name, i + 1).isEqualTo(before.get(i));
                }
            }
        }
    }

    @Test
    void explicitDatesMoveLikeAQuarter() {
        String yaml = "period: {start: 2026-10-01, end: 2026-12-31}\ndeadline: 2026-10-11\n";
        assertThat(DemoOkrFiles.moved(yaml, START))
                .startsWith("period: {start: 2027-02-14, end: 2027-05-15}")
                .contains("the example says {start: 2026-10-01, end: 2026-12-31}")
                .endsWith("deadline: 2027-02-24\n");
    }

    @Test
    void aFileWithoutAPeriodIsRefused() {
        assertThatThrownBy(() -> DemoOkrFiles.moved("objectives: []\n", START))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no `period:");
    }

    private static OkrSet examples() throws Exception {
        return OkrFileLoader.load(
                DemoOkrFiles.EXAMPLES.stream().map(n -> Path.of("..", "examples", n)).toList());
    }
}
