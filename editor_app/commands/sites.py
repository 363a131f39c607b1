"""``editor-app sites add|list|test|remove``: manage publishing sites (secrets go to the OS keyring).

    editor-app sites add NAME --type wordpress|ghost --url URL [--user USER] --secret-stdin
    editor-app sites list
    editor-app sites test NAME
    editor-app sites remove NAME
"""

from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="sites_command", required=True, metavar="{add,list,test,remove}")
    add = sub.add_parser("add", help="add a site (the password or key is read from standard input)")
    add.add_argument("name", help="your name for the site, e.g. Blog")
    add.add_argument("--type", required=True, choices=["wordpress", "ghost"], dest="kind")
    add.add_argument("--url", required=True, help="the site's address, e.g. https://example.com")
    add.add_argument("--user", default="", help="WordPress user name (not needed for Ghost)")
    add.add_argument(
        "--secret-stdin",
        action="store_true",
        help="read the Application Password (WordPress) or Admin API key (Ghost) from standard input",
    )
    add.add_argument("--max-image-px", type=int, default=2048, help="long edge of uploaded images (default 2048)")
    add.add_argument("--test", action="store_true", help="test the connection after adding")
    sub.add_parser("list", help="list configured sites")
    test = sub.add_parser("test", help="test the connection to a site")
    test.add_argument("name")
    rm = sub.add_parser("remove", help="remove a site and its stored secret")
    rm.add_argument("name")


def run(args: argparse.Namespace) -> int:
    from editor_app.cli import CliError
    from editor_app.core.publishing.base import SiteConfig
    from editor_app.core.publishing.registry import UnknownSiteType, site_type
    from editor_app.core.publishing.sites import SiteConfigError, SiteStore, open_site
    from editor_app.core.storage.credentials import CredentialStore, NoSystemKeyring

    store = SiteStore()
    creds = CredentialStore()
    cmd = args.sites_command
    try:
        if cmd == "add":
            kind = site_type(args.kind)
            secret = ""
            if args.secret_stdin:
                secret = sys.stdin.read().strip()
                problem = kind.validate_secret(secret)
                if problem:
                    raise CliError(problem)
            config = store.add(
                SiteConfig(name=args.name, kind=args.kind, url=args.url, user=args.user, max_image_px=args.max_image_px)
            )
            if secret:
                try:
                    creds.set(config.name, secret)
                except NoSystemKeyring as exc:
                    store.remove(config.name)
                    raise CliError(f"{exc} The site was not added.") from None
            stored = "secret saved in the system keyring" if secret else f"no {kind.secret_label} stored yet"
            print(f"Added {config.name} ({kind.label}, {config.url}); {stored}.")
            if args.test:
                return _test(open_site(config, creds))
            return 0
        if cmd == "list":
            sites = store.list()
            if not sites:
                print("No sites yet. Add one with: editor-app sites add NAME --type wordpress --url URL --user USER --secret-stdin")
                return 0
            width = max(len(s.name) for s in sites)
            for s in sites:
                where = creds.where(s.name)
                secret = {"keyring": "secret in keyring", "session": "secret for this session"}.get(
                    where or "", "no secret stored"
                )
                user = f" as {s.user}" if s.user else ""
                print(f"{s.name:<{width}}  {s.kind:<9}  {s.url}{user}  ({secret})")
            if creds.last_problem:
                print(creds.last_problem, file=sys.stderr)
            return 0
        if cmd == "test":
            return _test(open_site(store.get(args.name), creds))
        if cmd == "remove":
            removed = store.remove(args.name)
            creds.delete(removed.name)
            print(f"Removed {removed.name} and its stored secret.")
            return 0
    except (SiteConfigError, UnknownSiteType) as exc:
        raise CliError(str(exc)) from None
    raise CliError(f"unknown sites command {cmd!r}")


def _test(site: object) -> int:
    from editor_app.core.publishing.base import Site

    assert isinstance(site, Site)
    result = site.test_connection()
    stream = sys.stdout if result.ok else sys.stderr
    print(result.message, file=stream)
    if result.suggested_url:
        print(f"Suggested address: {result.suggested_url}", file=stream)
    if result.detail and not result.ok:
        print(f"(details: {result.detail})", file=stream)
    return 0 if result.ok else 2
