package org.rightslens.app.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.rightslens.app.kafka.EmbeddedKafka;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The one Kafka cluster of the integration tests, started once per test JVM. By default the
 * in-process KRaft broker of {@link EmbeddedKafka}; with {@code
 * -Drightslens.test.kafka=testcontainers} (Maven: {@code -Dkafka=testcontainers}) a Kafka
 * container, which needs Docker. The same tests run either way.
 */
public final class KafkaFixture {

  public static final String PROPERTY = "rightslens.test.kafka";
  public static final String CONTAINER_IMAGE = "apache/kafka:4.1.0";

  private static String bootstrapServers;

  private KafkaFixture() {}

  public static synchronized String bootstrapServers() {
    if (bootstrapServers == null) {
      String mode = System.getProperty(PROPERTY, "embedded");
      bootstrapServers =
          switch (mode) {
            case "embedded" -> startEmbedded();
            case "testcontainers" -> startContainer();
            default ->
                throw new IllegalArgumentException(
                    PROPERTY + ": expected embedded or testcontainers, got " + mode);
          };
    }
    return bootstrapServers;
  }

  private static String startEmbedded() {
    try {
      Path dir = Files.createTempDirectory("rightslens-test-kafka");
      EmbeddedKafka kafka = EmbeddedKafka.start(dir);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    kafka.close();
                    delete(dir);
                  }));
      return kafka.bootstrapServers();
    } catch (IOException e) {
      throw new IllegalStateException("cannot create a directory for the test broker", e);
    }
  }

  @SuppressWarnings("resource") // stopped by the shutdown hook
  private static String startContainer() {
    KafkaContainer kafka = new KafkaContainer(CONTAINER_IMAGE);
    kafka.start();
    Runtime.getRuntime().addShutdownHook(new Thread(kafka::stop));
    return kafka.getBootstrapServers();
  }

  public static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a temp directory
    }
  }
}
