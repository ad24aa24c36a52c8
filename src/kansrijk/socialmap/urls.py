from django.urls import path

from kansrijk.socialmap.views import carepaths, directory, exchange, public

app_name = "socialmap"

C = "coalities/<slug:slug>"

urlpatterns = [
    path("zoeken", public.search, name="search"),
    path(f"{C}/sociale-kaart", directory.social_map, name="social_map"),
    path(f"{C}/sociale-kaart/nieuw", directory.service_new, name="service_new"),
    path(f"{C}/sociale-kaart/onderhoud", directory.maintenance, name="maintenance"),
    path(f"{C}/sociale-kaart/herinneringen", directory.remind, name="remind"),
    path(f"{C}/sociale-kaart/hsds.json", exchange.export_json, name="export_json"),
    path(f"{C}/sociale-kaart/hsds-csv.zip", exchange.export_csv, name="export_csv"),
    path(f"{C}/sociale-kaart/importeren", exchange.import_view, name="import"),
    path("diensten/<uuid:uuid>", directory.service_detail, name="service_detail"),
    path("diensten/<uuid:uuid>/bewerken", directory.service_edit, name="service_edit"),
    path("diensten/<uuid:uuid>/goedkeuren", directory.service_approve_view, name="service_approve"),
    path(
        "diensten/<uuid:uuid>/gecontroleerd", directory.service_verify_view, name="service_verify"
    ),
    path(f"{C}/zorgpaden", carepaths.care_path_list, name="care_paths"),
    path(f"{C}/zorgpaden/nieuw", carepaths.care_path_new, name="care_path_new"),
    path(f"{C}/zorgpaden/<slug:key>", carepaths.care_path_detail, name="care_path_detail"),
    path(f"{C}/zorgpaden/<slug:key>/bewerken", carepaths.care_path_edit, name="care_path_edit"),
    path(
        f"{C}/zorgpaden/<slug:key>/versies/<int:number>",
        carepaths.care_path_version,
        name="care_path_version",
    ),
    path(f"{C}/klantroute", public.customer_route, name="customer_route"),
    path("aanstaande-ouders", public.parents_index, name="parents_index"),
    path("gemeenten/<str:code>/aanstaande-ouders", public.parents, name="parents"),
]
