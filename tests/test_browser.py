"""The portal in a real browser: live search for 工廠, then the dataset page.

Uses Debian's chromium and chromedriver through an explicit Service path, so Selenium Manager
never downloads a driver; skipped (with the reason) where chromium is not installed.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="needs Debian's /usr/bin/chromium and /usr/bin/chromedriver "
    "(apt-get install chromium chromium-driver)",
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from catalog.model import load_catalog
    from catalog.portal import build_portal
    from catalog.server import create_app
    from catalog.server.live import running
    from catalog.testing import publish_sample, sample_project

    project = sample_project(tmp_path_factory.mktemp("browser"))
    out = publish_sample(project)
    build_portal(load_catalog(project, out), out)
    with running(create_app(project.root, out)) as url:
        yield url


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ["SE_AVOID_STATS"] = "true"  # Selenium Manager telemetry off; nothing to fetch
    profile = tmp_path_factory.mktemp("chromium-profile")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        "--window-size=1200,1600",
        "--lang=zh-TW",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(20)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def test_live_search_finds_factory_and_opens_its_page(
    site: str, browser: object, tmp_path_factory: pytest.TempPathFactory
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    driver = browser
    wait = WebDriverWait(driver, 10)
    driver.get(f"{site}/zh-TW/index.html")
    wait.until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("data-search-ready"))
    items = driver.find_elements(By.CSS_SELECTOR, "#dataset-list > li")
    assert len(items) == 3

    box = driver.find_element(By.ID, "q")
    label = driver.find_element(By.CSS_SELECTOR, "label[for=q]")
    assert label.text  # the search box has a visible label
    box.send_keys("工廠")
    wait.until(
        lambda d: len(d.find_elements(By.CSS_SELECTOR, "#dataset-list > li:not([hidden])")) == 1
    )
    visible = driver.find_elements(By.CSS_SELECTOR, "#dataset-list > li:not([hidden])")
    assert visible[0].get_attribute("data-id") == "factory-registrations"
    assert "1" in driver.find_element(By.ID, "result-count").text

    visible[0].find_element(By.TAG_NAME, "a").click()
    wait.until(ec.title_contains("工廠登記清冊"))
    assert driver.current_url.endswith("/zh-TW/datasets/factory-registrations.html")
    heading = driver.find_element(By.TAG_NAME, "h1").text
    assert heading == "工廠登記清冊"
    preview = driver.find_elements(By.CSS_SELECTOR, "table.preview tbody tr")
    assert len(preview) == 3
    downloads = driver.find_elements(By.CSS_SELECTOR, "table.downloads tbody tr")
    assert len(downloads) == 3

    shot = Path(os.environ.get("PORTAL_SCREENSHOT_DIR", tmp_path_factory.mktemp("shots")))
    shot.mkdir(parents=True, exist_ok=True)
    assert driver.save_screenshot(str(shot / "dataset-page.png"))


def test_skip_link_is_the_first_focus_stop(site: str, browser: object) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver = browser
    driver.get(f"{site}/en/datasets/industrial-parks.html")
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    focused = driver.switch_to.active_element
    assert focused.get_attribute("href").endswith("#main")
    assert focused.is_displayed()  # visible when focused
