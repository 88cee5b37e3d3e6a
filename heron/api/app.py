"""heron's read-only JSON API (/api/v1) and the dashboard that calls it.

`create_app(store)` builds the FastAPI app over a Store, so tests pass their
own. Every list endpoint takes the same filters (`Filters` below) and pages
with limit/offset; every 4xx is a JSON `{"error": {...}}` (heron.api.errors).
Nothing here loads from another host: the docs page and the dashboard use
vendored assets, and a Content-Security-Policy says so to the browser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import Response

import heron
from heron.api.data import Data
from heron.api.data import Query as Filters
from heron.api.errors import ApiCode, ApiError, bad_parameter
from heron.ledger.dyads import PERIODS
from heron.ontology import load as load_ontology
from heron.records import MEASURES
from heron.store import Store

API = "/api/v1"
STATIC = Path(str(resources.files("heron.api").joinpath("static")))
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
MAX_LIMIT = 1000
MAX_PLACES = 5000
CODE = re.compile(r"^[A-Za-z]{3}( [A-Za-z]{3})?$")


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


def _day(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    raise bad_parameter(name, f"{name}={value!r} is not a date; send YYYY-MM-DD, e.g. 2025-04-30.")


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    try:
        west, south, east, north = (float(v) for v in value.split(","))
    except ValueError:
        raise bad_parameter(
            "bbox", f"bbox={value!r}: send four numbers min_lon,min_lat,max_lon,max_lat."
        ) from None
    if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
        raise bad_parameter(
            "bbox",
            f"bbox={value!r}: longitudes must lie in -180..180 and latitudes in -90..90, "
            "each minimum below its maximum.",
        )
    return (west, south, east, north)


def filters(
    actor: Annotated[
        str | None, Query(description="Country code, or code and sector ('KOR SPY'), either side.")
    ] = None,
    country: Annotated[
        str | None, Query(description="ISO3 country of the record's geocoded place.")
    ] = None,
    type: Annotated[str | None, Query(description="PLOVER event type (AID, ASSAULT...).")] = None,
    measure: Annotated[
        str | None, Query(description="Claim measure (killed, deployed...).")
    ] = None,
    since: Annotated[str | None, Query(description="On or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, Query(description="On or before YYYY-MM-DD.")] = None,
    bbox: Annotated[
        str | None, Query(description="min_lon,min_lat,max_lon,max_lat of the record's place.")
    ] = None,
    q: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=200,
            description="Words in the evidence (documents: title and text), any case.",
        ),
    ] = None,
) -> Filters:
    for name, value in (("actor", actor), ("country", country)):
        if value is not None and not CODE.match(value):
            raise bad_parameter(name, f"{name}={value!r}: send a three-letter code such as PRK.")
    if country is not None and " " in country:
        raise bad_parameter("country", f"country={country!r}: send a three-letter code.")
    types = load_ontology().types
    if type is not None and type.upper() not in types:
        raise bad_parameter(
            "type", f"type={type!r} is not a PLOVER type; choose one of {', '.join(types)}."
        )
    if measure is not None and measure.lower() not in MEASURES:
        raise bad_parameter("measure", f"measure={measure!r}: choose one of {', '.join(MEASURES)}.")
    start, end = _day("since", since), _day("until", until)
    if start and end and start > end:
        raise bad_parameter("until", f"until={end} is before since={start}.")
    return Filters(
        actor=actor.upper() if actor else None,
        country=country.upper() if country else None,
        type=type.upper() if type else None,
        measure=measure.lower() if measure else None,
        since=start,
        until=end,
        bbox=_bbox(bbox),
        q=q,
    )


def page(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")] = 50,
    offset: Annotated[int, Query(ge=0, description="Items to skip.")] = 0,
) -> Page:
    return Page(limit=limit, offset=offset)


def place_page(
    limit: Annotated[int, Query(ge=1, le=MAX_PLACES, description="Places per page.")] = 1000,
    offset: Annotated[int, Query(ge=0, description="Places to skip.")] = 0,
) -> Page:
    return Page(limit=limit, offset=offset)


FiltersDep = Annotated[Filters, Depends(filters)]
PageDep = Annotated[Page, Depends(page)]


def paged(items: list[Any], chosen: Page, **extra: Any) -> dict[str, Any]:
    total = len(items)
    if chosen.offset > total:
        raise ApiError(
            ApiCode.E603,
            f"offset={chosen.offset} is past the end: there are {total} items; "
            f"send an offset from 0 to {total}.",
            parameter="offset",
        )
    return {
        "total": total,
        "limit": chosen.limit,
        "offset": chosen.offset,
        **extra,
        "items": items[chosen.offset : chosen.offset + chosen.limit],
    }


def create_app(store: Store, *, allowed_hosts: list[str] | None = None) -> FastAPI:
    """The API and dashboard over `store`; `allowed_hosts` guards against DNS rebinding."""
    data = Data(store)
    app = FastAPI(
        title="heron",
        version=heron.__version__,
        description="Read-only ledger of political events and claimed figures, with evidence.",
        docs_url=None,
        redoc_url=None,
        openapi_url=f"{API}/openapi.json",
    )
    _errors(app)
    _headers(app, allowed_hosts=set(allowed_hosts) if allowed_hosts else None)
    _routes(app, data)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def _errors(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        problem = exc.errors()[0]
        name = str(problem["loc"][-1]) if problem.get("loc") else "?"
        given = problem.get("input")
        message = f"{name}={given!r}: {problem.get('msg', 'invalid')}."
        return JSONResponse(bad_parameter(name, message).body(), status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 405:
            error = ApiError(
                ApiCode.E605, f"{request.method} is not allowed here; the API is read-only (GET)."
            )
        else:
            error = ApiError(ApiCode.E604, f"no such path: {request.url.path}. See {API}/docs.")
        return JSONResponse(error.body(), status_code=exc.status_code)


def host_of(header: str) -> str:
    """The host name of a Host header, without its port ('[::1]:8000' -> '[::1]')."""
    if header.startswith("["):
        return header[: header.find("]") + 1]
    return header.split(":", 1)[0]


def _headers(app: FastAPI, *, allowed_hosts: set[str] | None) -> None:
    @app.middleware("http")
    async def secure(request: Request, call_next: Any) -> Response:
        host = host_of(request.headers.get("host", "")).lower()
        if allowed_hosts is not None and host not in allowed_hosts:
            # a page on another site whose name resolves here (DNS rebinding) gets nothing
            error = ApiError(ApiCode.E606, f"host {host!r} is not served here.")
            response: Response = JSONResponse(error.body(), status_code=400)
        else:
            response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if request.url.path.startswith(API):
            response.headers.setdefault("Cache-Control", "no-store")
        return response


def _routes(app: FastAPI, data: Data) -> None:
    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get(f"{API}/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html")

    @app.get(f"{API}/meta", summary="The database: fingerprint, counts, vocabularies")
    def meta() -> dict[str, Any]:
        snap = data.snapshot()
        ontology = load_ontology()
        first, last = data.dates()
        return {
            "heron": heron.__version__,
            "fingerprint": snap.fingerprint,
            "counts": dict(snap.stamp[:-1]),
            "dates": {"first": first, "last": last},
            "retrieved": datetime.now(UTC).date().isoformat(),
            "quads": {str(k): v for k, v in ontology.quads.items()},
            "types": [{"code": t.code, "quad": t.quad} for t in ontology.types.values()],
            "measures": list(MEASURES),
        }

    @app.get(f"{API}/documents", summary="Stored documents (no text)")
    def documents(query: FiltersDep, chosen: PageDep) -> dict[str, Any]:
        return paged(data.documents(query), chosen)

    @app.get(f"{API}/documents/{{document_id}}", summary="One document: text and records")
    def document(document_id: str) -> dict[str, Any]:
        found = data.document(document_id)
        if found is None:
            raise ApiError(
                ApiCode.E602,
                f"no document {document_id!r}; list them at {API}/documents.",
                status=404,
                parameter="document_id",
            )
        return found

    @app.get(f"{API}/events", summary="Event reports, or ledger events (view=clusters)")
    def events(
        query: FiltersDep,
        chosen: PageDep,
        view: Annotated[str, Query(pattern="^(reports|clusters)$")] = "reports",
    ) -> dict[str, Any]:
        if view == "clusters":
            body = paged(data.clusters(query), chosen, view=view)
            body["items"] = [c.to_dict() for c in body["items"]]  # only the page's
            return body
        return paged(data.events(query), chosen, view=view)

    @app.get(f"{API}/claims", summary="Claimed figures with source, chain and hedges")
    def claims(query: FiltersDep, chosen: PageDep) -> dict[str, Any]:
        return paged(data.claims(query), chosen)

    @app.get(f"{API}/estimates", summary="Estimate timelines: figures over time by source")
    def estimates(
        query: FiltersDep,
        chosen: PageDep,
        subject: Annotated[
            str | None, Query(description="Only the series of this subject country.")
        ] = None,
        by_place: Annotated[bool, Query(description="One series per place.")] = False,
        figures: Annotated[bool, Query(description="Include every report.")] = True,
    ) -> dict[str, Any]:
        if subject is not None and not CODE.match(subject):
            raise bad_parameter("subject", f"subject={subject!r}: send a code such as PRK.")
        series = data.estimate_rows(query, subject=subject, by_place=by_place, figures=figures)
        return paged(series, chosen)

    @app.get(f"{API}/dyads", summary="Actor -> recipient counts and scores per period")
    def dyads(
        query: FiltersDep,
        chosen: PageDep,
        by: Annotated[str, Query(pattern=f"^({'|'.join(PERIODS)})$")] = "month",
    ) -> dict[str, Any]:
        rows, unit = data.dyads(query, by=by)
        body = paged(rows, chosen, unit=unit, by=by)
        body["items"] = [row.to_dict() for row in body["items"]]  # only the page's
        return body

    @app.get(f"{API}/network", summary="Countries tied by cooperation and conflict")
    def network(query: FiltersDep) -> dict[str, Any]:
        net, unit = data.network(query)
        return {"unit": unit, **net.to_dict()}

    @app.get(f"{API}/timeline", summary="Event reports per week by PLOVER quad class")
    def timeline(query: FiltersDep) -> dict[str, Any]:
        return {"weeks": data.timeline(query)}

    @app.get(f"{API}/places", summary="Places of events, as a GeoJSON FeatureCollection")
    def places(query: FiltersDep, chosen: Annotated[Page, Depends(place_page)]) -> dict[str, Any]:
        features = data.places(query)
        body = paged(features, chosen)
        return {
            "type": "FeatureCollection",
            "total": body["total"],
            "limit": body["limit"],
            "offset": body["offset"],
            "features": body["items"],
        }
