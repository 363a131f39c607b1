"""``editor-app sites add|list|test|remove``: manage publishing sites (secrets go to the OS keyring).

    editor-app sites add NAME --type wordpress|ghost --url URL [--user USER] --secret-stdin
    editor-app sites list
    editor-app sites test NAME
    editor-app sites remove NAME
    editor-app sites set-secret NAME --secret-stdin
    editor-app sites pull NAME POST_ID_OR_SLUG [-o FILE]

``pull`` writes the post as a Markdown document (front matter: title, slug, excerpt, tags,
categories, and this site's publish record), so ``editor-app publish FILE --site NAME`` then
updates that post instead of creating a new one.
"""

from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(
        dest="sites_command", required=True, metavar="{add,list,test,remove,set-secret,pull}"
    )
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
    sec = sub.add_parser("set-secret", help="replace a site's password or key (read from standard input)")
    sec.add_argument("name")
    sec.add_argument("--secret-stdin", action="store_true", required=True,
                     help="read the Application Password (WordPress) or Admin API key (Ghost) from standard input")
    pull = sub.add_parser("pull", help="save a post from the site as a Markdown document")
    pull.add_argument("name", help="the site")
    pull.add_argument("post", help="the post's id or slug")
    pull.add_argument("-o", "--output", help="the file to write (default: SLUG.md; '-' for standard output)")


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
        if cmd == "set-secret":
            config = store.get(args.name)
            kind = site_type(config.kind)
            secret = sys.stdin.read().strip()
            problem = kind.validate_secret(secret)
            if problem:
                raise CliError(problem)
            try:
                creds.set(config.name, secret)
            except NoSystemKeyring as exc:
                raise CliError(str(exc)) from None
            print(f"Saved the {kind.secret_label} for {config.name} in the system keyring; "
                  f"check it with: editor-app sites test {_quote(config.name)}")
            return 0
        if cmd == "pull":
            return _pull(open_site(store.get(args.name), creds), args.post, args.output)
    except (SiteConfigError, UnknownSiteType) as exc:
        raise CliError(str(exc)) from None
    raise CliError(f"unknown sites command {cmd!r}")


def _quote(name: str) -> str:
    import shlex

    return shlex.quote(name)


def _pull(site: object, wanted: str, output: str | None) -> int:
    from pathlib import Path

    from editor_app.cli import CliError
    from editor_app.core.publishing.base import PublishError, RemoteDeleted, Site
    from editor_app.core.publishing.publisher import pull_post

    assert isinstance(site, Site)
    ok = site.available()
    if not ok.ok:
        raise CliError(f"{site.name}: {ok.reason} Store it with: editor-app sites set-secret "
                       f"{_quote(site.name)} --secret-stdin")
    key = wanted.strip()
    try:
        post_id = ""
        looks_like_id = key.isdigit() if site.kind == "wordpress" else len(key) == 24 and key.isalnum()
        if looks_like_id:
            try:
                post_id = site.get_post(key).id
            except RemoteDeleted:
                post_id = ""
        if not post_id:
            found = [p for p in site.find_by_slug(key) if not p.is_trashed]
            if not found:
                raise CliError(f"{site.name} has no post with the id or slug “{key}”; check the address of the "
                               "post (its slug is the last part) or the id shown in the site's admin.")
            post_id = found[0].id
        text = pull_post(site, post_id)
    except PublishError as exc:
        raise CliError(exc.message) from None
    if output == "-":
        sys.stdout.write(text)
        return 0
    from editor_app.core.metadata import Metadata

    meta, _ = Metadata.from_text(text)
    target = Path(output) if output else Path(f"{meta.slug or post_id}.md")
    if target.exists():
        raise CliError(f"{target} already exists; choose another file with -o FILE.")
    from editor_app.core.storage.atomic import atomic_write_text

    atomic_write_text(target, text)
    print(f"Pulled “{meta.title}” from {site.name} into {target}; after editing, publish it with: "
          f"editor-app publish {_quote(str(target))} --site {_quote(site.name)}")
    return 0


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
