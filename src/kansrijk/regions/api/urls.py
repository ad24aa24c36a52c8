from rest_framework.routers import SimpleRouter

from kansrijk.regions.api import views

router = SimpleRouter(trailing_slash=False)
router.register("provincies", views.ProvinceViewSet, basename="provincie")
router.register("ggd-regios", views.GGDRegionViewSet, basename="ggd-regio")
router.register("gemeenten", views.MunicipalityViewSet, basename="gemeente")

urlpatterns = router.urls
