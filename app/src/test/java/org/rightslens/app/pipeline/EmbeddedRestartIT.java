package org.rightslens.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rightslens.app.testing.Api;
import org.rightslens.app.testing.CommandRun;
import org.rightslens.app.testing.KafkaFixture;

/**
 * The packaged application as a user runs it: {@code java -Xmx1g -jar rightslens.jar run} on the
 * embedded defaults (its own broker, the starter catalogue). Killed with SIGKILL and started again
 * on the same data directory, it has lost nothing and duplicated nothing.
 */
class EmbeddedRestartIT {

  private static final Duration START = Duration.ofSeconds(120);
  private static final Pattern RUNNING =
      Pattern.compile("running at http://127\\.0\\.0\\.1:(\\d+)/");

  private final List<Process> processes = new ArrayList<>();
  private Path dataDir;

  @AfterEach
  void stop() {
    processes.forEach(Process::destroyForcibly);
    if (dataDir != null) {
      KafkaFixture.delete(dataDir);
    }
  }

  private record Running(Process process, Api api) {}

  private Running startApp() throws Exception {
    Path jar = Path.of("target", "rightslens.jar").toAbsolutePath();
    assertThat(jar).as("the packaged application").exists();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-Xmx1g",
                "-jar",
                jar.toString(),
                "run",
                "--data-dir",
                dataDir.toString(),
                "--port",
                "0",
                "--no-crawl")
            .redirectError(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile())
            .start();
    processes.add(process);
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                  Matcher m = RUNNING.matcher(line);
                  if (m.find()) {
                    port.complete(Integer.parseInt(m.group(1)));
                  }
                }
              } catch (IOException e) {
                port.completeExceptionally(e);
              }
              port.completeExceptionally(new IllegalStateException("the application exited"));
            });
    reader.setDaemon(true);
    reader.start();
    Api api = new Api(port.get(START.toSeconds(), TimeUnit.SECONDS));
    await()
        .atMost(START)
        .pollInterval(Duration.ofMillis(250))
        .until(() -> api.get("/api/health").status() == 200);
    return new Running(process, api);
  }

  @Test
  void killedAndRestartedOnItsEmbeddedBrokerItLosesNothing() throws Exception {
    dataDir = Files.createTempDirectory("rightslens-embedded-it");
    Running first = startApp();
    int catalogue = first.api().get("/api/health").json().get("indexed").asInt();
    assertThat(catalogue).as("starter catalogue indexed at start").isGreaterThanOrEqualTo(40);
    assertThat(first.api().get("/api/search?q=cybercrime").json().get("total").asInt())
        .isPositive();

    Path file = dataDir.resolveSibling(dataDir.getFileName() + "-items.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"kill:1\",\"title\":\"Axolotl Act\",\"jurisdiction\":\"NZ\",\"text\":\"Axolotl interception.\"}\n"
            + "{\"id\":\"kill:2\",\"title\":\"Axolotl Bill\",\"jurisdiction\":\"NZ\",\"type\":\"bill\",\"text\":\"Axolotl retention.\"}\n");
    assertThat(
            CommandRun.of("import", file.toString(), "--server", first.api().base().toString())
                .exitCode())
        .isZero();
    await()
        .atMost(START)
        .until(() -> first.api().get("/api/search?q=axolotl").json().get("total").asInt() == 2);

    first.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);

    Running second = startApp();
    assertThat(second.api().get("/api/health").json().get("indexed").asInt())
        .isEqualTo(catalogue + 2);
    assertThat(second.api().get("/api/health").json().get("catalogue").asText())
        .isEqualTo("imported before");
    assertThat(second.api().get("/api/search?q=axolotl").json().get("total").asInt()).isEqualTo(2);
    assertThat(second.api().get("/api/items/kill:1").json().get("versions")).hasSize(1);

    // Importing the same file after the restart changes nothing: the processor's state survived.
    assertThat(
            CommandRun.of("import", file.toString(), "--server", second.api().base().toString())
                .exitCode())
        .isZero();
    await()
        .atMost(START)
        .until(() -> second.api().get("/api/health").json().get("lag").asLong() == 0);
    assertThat(second.api().get("/api/items/kill:1").json().get("versions")).hasSize(1);
    assertThat(second.api().get("/api/health").json().get("indexed").asInt())
        .isEqualTo(catalogue + 2);
  }
}
