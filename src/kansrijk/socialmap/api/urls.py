from django.urls import path

from kansrijk.socialmap.api import views

app_name = "socialmap_api"

urlpatterns = [
    path("diensten", views.ServiceList.as_view(), name="services"),
    path("diensten/<uuid:uuid>", views.ServiceDetail.as_view(), name="service"),
    path("zorgpaden", views.CarePathList.as_view(), name="care_paths"),
    path("zorgpaden/<int:pk>", views.CarePathDetail.as_view(), name="care_path"),
    path("risicosituaties", views.RiskSituationList.as_view(), name="risk_situations"),
]
