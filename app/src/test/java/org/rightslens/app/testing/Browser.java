package org.rightslens.app.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium driven through the system's chromedriver (Debian packages {@code chromium}
 * and {@code chromium-driver}, which {@code .ci/run} installs). The binaries are given explicitly
 * so that Selenium Manager never reaches for the network.
 */
public final class Browser {

  private Browser() {}

  public static ChromeDriver start() {
    String chromium = onPath("chromium", "chromium-browser", "google-chrome");
    String chromedriver = onPath("chromedriver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(chromedriver))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    return driver;
  }

  private static String onPath(String... names) {
    List<String> dirs = List.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(":"));
    for (String name : names) {
      Optional<Path> found =
          dirs.stream().map(d -> Path.of(d, name)).filter(Files::isExecutable).findFirst();
      if (found.isPresent()) {
        return found.get().toString();
      }
    }
    throw new IllegalStateException(
        "none of "
            + List.of(names)
            + " is on the PATH; install Debian's chromium and chromium-driver (.ci/run does)");
  }
}
