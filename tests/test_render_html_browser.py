"""The HTML report in a real headless browser: Debian's chromium driven by selenium through chromedriver.

CI installs both (.ci/run); locally the test is skipped, loudly, when either is missing.
"""

from __future__ import annotations

import os
import shutil
import warnings
from pathlib import Path

import pytest

from framing.lexicon import load_lexicon
from framing.render.html import render_html
from tests.conftest import SEED, build
from tests.test_render_html import HOSTILE_ARTICLE, HOSTILE_LEXICON

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


@pytest.fixture(scope="module")
def browser():
    if not (CHROMIUM and CHROMEDRIVER):
        reason = (
            "BROWSER TEST NOT RUN: chromium and chromedriver are not installed "
            "(apt-get install chromium chromium-driver; .ci/run installs them)"
        )
        if os.environ.get("CI"):
            pytest.fail(reason)
        warnings.warn(reason, stacklevel=1)
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1100,1300",
        "--lang=ru",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    yield driver
    driver.quit()


def _open(browser, path: Path, page: str) -> None:
    path.write_text(page, encoding="utf-8")
    browser.get(path.as_uri())


def _no_alert(browser) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018  (raises when there is no dialog)


def test_seed_phrase_lit_and_explained_on_hover_and_click(browser, loaded, tmp_path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    _open(browser, tmp_path / "seed.html", render_html(build(loaded, SEED)))
    mark = next(m for m in browser.find_elements(By.TAG_NAME, "mark") if m.text == "особой симпатии")
    assert mark.get_attribute("data-categories") == "exclusivity emotional"
    assert "fam-evaluation" in mark.get_attribute("class")
    assert "linear-gradient" in mark.value_of_css_property("background-image")  # two families, striped
    tip = mark.find_element(By.XPATH, "following-sibling::span[@class='tip']")
    assert not tip.is_displayed()

    ActionChains(browser).move_to_element(mark).perform()  # hover
    assert tip.is_displayed()
    assert "«особой симпатии»" in tip.text and "exclusivity" in tip.text
    assert "Выделяет чувство одного лидера к другому как исключительное." in tip.text
    browser.save_screenshot(str(tmp_path / "seed-hover.png"))

    heading = browser.find_element(By.TAG_NAME, "h1")
    ActionChains(browser).move_to_element(heading).click().perform()  # pointer away: hidden again
    assert not tip.is_displayed()
    mark.click()  # click or tap: the phrase takes focus and its explanation stays open
    ActionChains(browser).move_to_element(heading).perform()
    assert tip.is_displayed()
    browser.save_screenshot(str(tmp_path / "seed-click.png"))
    assert (tmp_path / "seed-click.png").stat().st_size > 10_000
    _no_alert(browser)


def test_hostile_article_renders_as_text(browser, loaded, tmp_path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    lexicon_file = tmp_path / "hostile.lex"
    lexicon_file.write_text(HOSTILE_LEXICON, encoding="utf-8")
    model, _ = loaded
    page = render_html(build((model, load_lexicon([lexicon_file])), HOSTILE_ARTICLE))
    for name, html in (("with-policy", page), ("without-policy", _without_policy(page))):
        _open(browser, tmp_path / f"{name}.html", html)
        _no_alert(browser)
        article = browser.find_element(By.TAG_NAME, "main").text
        assert "<script>alert(1)</script>" in article
        assert '"><img src=x onerror=alert(1)>' in article
        assert len(browser.find_elements(By.TAG_NAME, "script")) == 1  # the page's own
        assert browser.find_elements(By.TAG_NAME, "img") == []
        mark = next(
            m
            for m in browser.find_elements(By.TAG_NAME, "mark")
            if "hostile" in m.get_attribute("data-categories")
        )
        ActionChains(browser).move_to_element(mark).perform()
        tip = mark.find_element(By.XPATH, "following-sibling::span[@class='tip']")
        assert '"><img src=x onerror=alert(1)> <b>жирно</b>' in tip.text
        assert "<script>alert(2)</script>" in tip.text
        _no_alert(browser)
        browser.save_screenshot(str(tmp_path / f"hostile-{name}.png"))


def _without_policy(page: str) -> str:
    """The page with its Content-Security-Policy removed: escaping alone must keep the payload inert."""
    start = page.index('<meta http-equiv="Content-Security-Policy"')
    return page[:start] + page[page.index(">", start) + 1 :]
