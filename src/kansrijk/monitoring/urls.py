from django.urls import path

from kansrijk.monitoring.views import borging, coalition, goals, national, survey

app_name = "monitoring"

urlpatterns = [
    path("coalities/<slug:slug>/monitoring", coalition.index, name="index"),
    path("coalities/<slug:slug>/doelen", goals.goals, name="goals"),
    path("coalities/<slug:slug>/doelen/<int:pk>", goals.goal, name="goal"),
    path("coalities/<slug:slug>/stappenvolger", coalition.steps, name="steps"),
    path("coalities/<slug:slug>/samenwerkingsmonitor", survey.survey_page, name="survey"),
    path("coalities/<slug:slug>/borging", borging.borging, name="borging"),
    path("coalities/<slug:slug>/jaarverslag", coalition.report, name="report"),
    path("coalities/<slug:slug>/jaarverslag.pdf", coalition.report_pdf, name="report_pdf"),
    path("coalities/<slug:slug>/jaarverslag.csv", coalition.report_csv, name="report_csv"),
    path("landelijk/monitor", national.overview, name="national"),
    path("landelijk/monitor/<slug:table>.csv", national.export, name="national_export"),
]
