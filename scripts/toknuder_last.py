#!/usr/bin/env python3
"""The mixed load of scripts/toknuder (issue 14), stdlib only. Talks to 127.0.0.1 only.

  toknuder_last.py last --noder http://127.0.0.1:8081,http://127.0.0.1:8082 --ud last.json [--draeb PID] ...
      Registers citizens, opens a sag and grants a bevilling for each, then registers many leveringer on those
      bevillinger, sent alternately to the nodes, with refusals mixed in (unknown sag/bevilling: 404, stale If-Match:
      409) and reads. When half the leveringer are answered it kills PID (kill -9: the second node) and goes on
      against the survivors; a request the dead node did not answer is sent again, with the same X-Kommando-Id, to a
      survivor (idempotent, ADR 0008). Counts every answer by kind and status and writes them, with the throughput, to
      --ud.

  toknuder_last.py tabeller --kilde <repo>
      Prints every projection table as "<table> [WHERE ...] ORDER BY ...", one a line, as each Projektion.tabeller()
      in projections/src/main/java lists it (the engine's own rebuild test compares the same strings).

  toknuder_last.py vent --node URL [--timeout 600]
      Waits until GET /api/admin/projektioner shows every projection LIVE with position == hoved, twice in a row
      one second apart with an unchanged head; exit 1 on timeout or a STOPPET projection.
"""
import argparse
import collections
import concurrent.futures
import datetime
import http.client
import json
import os
import pathlib
import re
import signal
import sys
import threading
import time
import urllib.parse
import urllib.request
import uuid

KOMMUNE = "29189420"
FORVENTET = {  # kind -> the statuses that are right for it
    "borger": {201, 200},
    "sag": {201},
    "bevilling": {201},
    "levering": {200, 201},
    "afvist-ukendt-sag": {404},
    "afvist-ukendt-bevilling": {404},
    "afvist-forældet-if-match": {409},
    "læsning": {200},
}
KOMMANDOER = {"borger", "sag", "bevilling", "levering"}
IGEN = " (sent again after 5xx)"


def token(node, bruger):
    """A token for a demo user from the node's embedded issuer (ADR 0019); every node shares the issuer's key file."""
    u = urllib.parse.urlsplit(node)
    forb = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
    forb.request("POST", "/api/login/token", body="bruger=" + bruger, headers={"Content-Type": "application/x-www-form-urlencoded"})
    r = forb.getresponse()
    data = json.loads(r.read())
    forb.close()
    return data["access_token"]


class Forbindelsesfejl(Exception):
    pass


class Klynge:
    """The nodes, which of them are alive, and the counts."""

    def __init__(self, noder, timeout):
        self.noder = noder
        self.token = token(noder[0], "sagsbehandler-aalborg")
        self.levende = list(range(len(noder)))
        self.timeout = timeout
        self.laas = threading.Lock()
        self.status = collections.defaultdict(collections.Counter)
        self.pr_node = collections.defaultdict(collections.Counter)
        self.uventede = []
        self.latens = collections.defaultdict(list)
        self.gentaget = collections.Counter()
        self.lokal = threading.local()

    def node(self, n):
        with self.laas:
            return self.levende[n % len(self.levende)]

    def doed(self, i):
        with self.laas:
            if i in self.levende and len(self.levende) > 1:
                self.levende.remove(i)

    def _forbindelse(self, i):
        cache = getattr(self.lokal, "forb", None)
        if cache is None:
            cache = self.lokal.forb = {}
        if i not in cache:
            u = urllib.parse.urlsplit(self.noder[i])
            cache[i] = http.client.HTTPConnection(u.hostname, u.port, timeout=self.timeout)
        return cache[i]

    def _send(self, i, metode, sti, krop, headers):
        forb = self._forbindelse(i)
        try:
            forb.request(metode, sti, body=None if krop is None else json.dumps(krop), headers=headers)
            r = forb.getresponse()
            data = r.read()
            return r.status, data, r.getheader("ETag")
        except (OSError, http.client.HTTPException) as e:
            forb.close()
            self.lokal.forb.pop(i, None)
            raise Forbindelsesfejl(f"{type(e).__name__}: {e}") from e

    def kald(self, art, n, metode, sti, krop=None, if_match=None, kommando_id=None):
        """Sends one request to node n (alternating over the live nodes); on a connection failure again, with the
        same command id, to a live node. Returns (status, body)."""
        headers = {"Content-Type": "application/json", "Authorization": "Bearer " + self.token}
        if metode == "POST":
            headers["X-Kommando-Id"] = kommando_id or str(uuid.uuid4())
        if if_match is not None:
            headers["If-Match"] = if_match
        forsoeg = 0
        while True:
            i = self.node(n + forsoeg)
            t0 = time.perf_counter()
            try:
                status, data, _ = self._send(i, metode, sti, krop, headers)
            except Forbindelsesfejl as e:
                with self.laas:
                    self.status[art]["forbindelsesfejl"] += 1
                    self.pr_node[i]["forbindelsesfejl"] += 1
                    if len(self.uventede) < 40:
                        self.uventede.append({"art": art, "node": i, "sti": sti, "svar": str(e)[:300]})
                forsoeg += 1
                if forsoeg > 5:
                    return None, None
                self.gentaget[art] += 1
                time.sleep(0.2)
                continue
            ms = (time.perf_counter() - t0) * 1000
            with self.laas:
                self.status[art][str(status)] += 1
                self.pr_node[i][str(status)] += 1
                if art in KOMMANDOER and 200 <= status < 300:
                    self.latens[art].append(ms)
                if status not in FORVENTET[art.removesuffix(IGEN)] and len(self.uventede) < 40:
                    self.uventede.append({"art": art, "node": i, "sti": sti, "status": status,
                                          "svar": data.decode("utf-8", "replace")[:400]})
            if status >= 500 and metode == "POST" and not art.endswith(IGEN):
                # what a client does with a 5xx on a command: send it again with the same X-Kommando-Id (ADR 0008);
                # counted apart, so the 5xx above stays visible
                time.sleep(0.5)
                return self.kald(art + IGEN, n + 1, metode, sti, krop, if_match, headers["X-Kommando-Id"])
            try:
                return status, json.loads(data) if data else None
            except ValueError:
                return status, None


def cpr(n):
    """A random CPR number whose date exists (day 1-28, seventh digit 0-3: the 1900s), as the register requires."""
    r = uuid.uuid4().int
    return "%02d%02d%02d%04d" % (1 + r % 28, 1 + (r // 28) % 12, (r // 336) % 100, (r // 33_600) % 4_000)


def opsaet_borger(k, n):
    """A citizen with a sag, a bevilling and its first levering, and two refusals: 5 answers, the chain's commands
    alternating over the nodes."""
    borger = str(uuid.uuid4())
    s, krop = k.kald("borger", n, "POST", "/api/borgere",
                     {"borgerId": borger, "identtype": "CPR", "identifikator": cpr(n), "navn": f"Toknuder Borger {n}"})
    if krop and "borgerId" in krop:
        borger = krop["borgerId"]
    sag = str(uuid.uuid4())
    k.kald("sag", n + 1, "POST", "/api/sager",
           {"sagId": sag, "borgerId": borger, "ejer": KOMMUNE, "ansvarligEnhed": "visitation", "kleNummer": "27.36.04",
            "handlingsfacet": "G01", "foelsomhed": "FOELSOMME_PERSONOPLYSNINGER", "titel": "Praktisk hjælp",
            "opstaaetDato": "2026-03-02"})
    bevilling = str(uuid.uuid4())
    k.kald("bevilling", n, "POST", "/api/bevillinger",
           {"bevillingId": bevilling, "borgerId": borger, "sagId": sag, "indsatsKode": "SEL-83-PP",
            "startdato": "2026-03-16", "omfang": {"minutter": 20, "periode": "PR_DAG", "gange": 1},
            "bevilgetDato": "2026-03-10"})
    k.kald("levering", n + 1, "POST", f"/api/bevillinger/{bevilling}/leveringer", levering(n * 100_000))
    k.kald("afvist-ukendt-sag", n, "POST", f"/api/sager/{uuid.uuid4()}/oplyst", {"oplystDato": "2026-03-05"})
    return {"borger": borger, "sag": sag, "bevilling": bevilling}


def levering(j):
    t = datetime.datetime(2026, 3, 17, 6, 0, tzinfo=datetime.timezone.utc) + datetime.timedelta(minutes=j % 400_000)
    return {"leveringId": str(uuid.uuid4()), "leveret": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "udfoertAf": "hp-0042",
            "varighedMinutter": 20}


def leveringsopgave(k, j, verden):
    """Task j of the levering phase: mostly a levering on bevilling j mod B, sent to node j mod 2 (so every
    bevilling gets commands through both nodes); every 25th a refusal, every 10th a read."""
    b = verden[j % len(verden)]
    if j % 25 == 7:
        k.kald("afvist-ukendt-bevilling", j, "POST", f"/api/bevillinger/{uuid.uuid4()}/leveringer", levering(j))
    elif j % 25 == 19:
        # version 0 is the grant; the set-up registered a levering after it, so "0" is stale: 409
        k.kald("afvist-forældet-if-match", j, "POST", f"/api/bevillinger/{b['bevilling']}/leveringer", levering(j),
               if_match='"0"')
    elif j % 10 == 3:
        k.kald("læsning", j, "GET", f"/api/borgere/{b['borger']}/overblik")
    else:
        k.kald("levering", j, "POST", f"/api/bevillinger/{b['bevilling']}/leveringer", levering(j + 1))


def kommandoer_besvaret(k):
    with k.laas:
        return sum(sum(v for s, v in c.items() if s.startswith("2")) for a, c in k.status.items() if a in KOMMANDOER)


def pct(xs, p):
    if not xs:
        return None
    xs = sorted(xs)
    return round(xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))], 1)


def last(a):
    noder = a.noder.split(",")
    for n in noder:
        if urllib.parse.urlsplit(n).hostname not in ("127.0.0.1", "localhost"):
            sys.exit("toknuder_last: only 127.0.0.1/localhost")
    k = Klynge(noder, a.timeout)
    frist = time.monotonic() + a.maks_sekunder
    faser = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=a.klienter) as ex:
        # set-up: citizens, sager, bevillinger (and a first levering each)
        t0 = time.monotonic()
        c0 = kommandoer_besvaret(k)
        verden = [v for v in ex.map(lambda n: opsaet_borger(k, n), range(a.borgere))]
        t1 = time.monotonic()
        faser["opsætning"] = {"sekunder": round(t1 - t0, 2), "kommandoer": kommandoer_besvaret(k) - c0}
        # leveringer: the kill after half of them are answered
        halv = a.leveringer // 2
        besvaret = [0]
        drab = {}
        laas = threading.Lock()

        def opgave(j):
            if time.monotonic() > frist:
                return
            leveringsopgave(k, j, verden)
            with laas:
                besvaret[0] += 1
                if besvaret[0] == halv:
                    drab["t"] = time.monotonic()
                    drab["kommandoer"] = kommandoer_besvaret(k)
                    if a.draeb:
                        os.kill(a.draeb, signal.SIGKILL)
                        k.doed(len(noder) - 1)
                        print(f"toknuder_last: killed pid {a.draeb} (node {len(noder)}) after {halv} answers",
                              flush=True)

        c1 = kommandoer_besvaret(k)
        list(ex.map(opgave, range(a.leveringer)))
        t2 = time.monotonic()
        c2 = kommandoer_besvaret(k)
        tk, ck = drab.get("t", t2), drab.get("kommandoer", c2)
        faser["leveringer før drab"] = {"sekunder": round(tk - t1, 2), "kommandoer": ck - c1}
        faser["leveringer efter drab"] = {"sekunder": round(t2 - tk, 2), "kommandoer": c2 - ck}
    for f in faser.values():
        f["kommandoer_pr_sekund"] = round(f["kommandoer"] / f["sekunder"], 1) if f["sekunder"] > 0 else None
    alle_sek = sum(f["sekunder"] for f in faser.values())
    alle_k = sum(f["kommandoer"] for f in faser.values())
    status = {art: dict(sorted(c.items())) for art, c in sorted(k.status.items())}
    samlet = collections.Counter()
    for c in k.status.values():
        samlet.update(c)
    resultat = {
        "navn": a.navn, "noder": noder, "klienter": a.klienter, "borgere": a.borgere, "leveringer": a.leveringer,
        "dræbt_pid": a.draeb, "faser": faser,
        "i_alt": {"sekunder": round(alle_sek, 2), "kommandoer": alle_k,
                  "kommandoer_pr_sekund": round(alle_k / alle_sek, 1) if alle_sek else None},
        "status": status, "status_i_alt": dict(sorted(samlet.items())),
        "status_pr_node": {noder[i]: dict(sorted(c.items())) for i, c in sorted(k.pr_node.items())},
        "5xx": sum(v for s, v in samlet.items() if s.startswith("5")),
        "uventede": sum(v for art, c in k.status.items() for s, v in c.items()
                        if s == "forbindelsesfejl" or int(s) not in FORVENTET[art.removesuffix(IGEN)]),
        "sendt_igen_efter_forbindelsesfejl": dict(k.gentaget),
        "latens_ms": {art: {"p50": pct(xs, 50), "p99": pct(xs, 99), "n": len(xs)} for art, xs in sorted(k.latens.items())},
        "eksempler_på_uventede_svar": k.uventede,
    }
    pathlib.Path(a.ud).write_text(json.dumps(resultat, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({"navn": a.navn, "i_alt": resultat["i_alt"], "status_i_alt": resultat["status_i_alt"],
                      "5xx": resultat["5xx"]}, ensure_ascii=False), flush=True)


def tabeller(a):
    rod = pathlib.Path(a.kilde) / "projections/src/main/java"
    ud = []
    for f in sorted(rod.rglob("*.java")):
        tekst = f.read_text(encoding="utf-8")
        m = re.search(r"public List<String> tabeller\(\)\s*\{(.*?)\n    \}", tekst, re.S)
        if m:
            ud += re.findall(r'"([^"]+ ORDER BY [^"]+)"', m.group(1))
    if not ud:
        sys.exit("toknuder_last: found no Projektion.tabeller() under " + str(rod))
    print("\n".join(ud))


def vent(a):
    slut = time.monotonic() + a.timeout
    forrige = None
    status = None
    adgang = None
    while time.monotonic() < slut:
        try:
            if adgang is None:
                # the projections' status is for the DRIFT role (ADR 0019)
                adgang = "Bearer " + token(a.node, "drift")
            forespoergsel = urllib.request.Request(a.node + "/api/admin/projektioner", headers={"Authorization": adgang})
            with urllib.request.urlopen(forespoergsel, timeout=10) as r:
                status = json.load(r)
        except OSError:
            time.sleep(1)
            continue
        if any(p["tilstand"] == "STOPPET" for p in status):
            print(json.dumps(status, ensure_ascii=False), file=sys.stderr)
            sys.exit(1)
        klar = all(p["tilstand"] == "LIVE" and p["position"] is not None and p["position"] == p["hoved"] for p in status)
        hoved = {p["hoved"] for p in status}
        if klar and forrige == hoved:
            print(f"toknuder_last: {len(status)} projections LIVE at position {sorted(hoved)}", flush=True)
            return
        forrige = hoved if klar else None
        time.sleep(1)
    print(json.dumps(status, ensure_ascii=False), file=sys.stderr)
    sys.exit("toknuder_last: the projections did not catch up in time")


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    l = sub.add_parser("last")
    l.add_argument("--noder", required=True)
    l.add_argument("--ud", required=True)
    l.add_argument("--navn", default="last")
    l.add_argument("--borgere", type=int, default=40)
    l.add_argument("--leveringer", type=int, default=3000)
    l.add_argument("--klienter", type=int, default=8)
    l.add_argument("--draeb", type=int, default=0, help="pid to kill -9 halfway (the last node in --noder)")
    l.add_argument("--maks-sekunder", type=float, default=600)
    l.add_argument("--timeout", type=float, default=60)
    t = sub.add_parser("tabeller")
    t.add_argument("--kilde", default=".")
    v = sub.add_parser("vent")
    v.add_argument("--node", required=True)
    v.add_argument("--timeout", type=float, default=600)
    a = p.parse_args()
    {"last": last, "tabeller": tabeller, "vent": vent}[a.cmd](a)


if __name__ == "__main__":
    main()
