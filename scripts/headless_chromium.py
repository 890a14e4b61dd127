"""Headless Chromium through Selenium and Debian's chromium-driver, as check-site's
scripts (axe-check.py, search-check.py) drive it."""
import os

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service


def browser():
    options = Options()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                 "--force-device-scale-factor=1"):
        options.add_argument(flag)
    binary = next((b for b in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if os.path.exists(b)), None)
    if binary:
        options.binary_location = binary
    driver = "/usr/bin/chromedriver"
    return webdriver.Chrome(options=options, service=Service(driver) if os.path.exists(driver) else None)
