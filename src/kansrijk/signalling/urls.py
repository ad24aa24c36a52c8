from django.urls import path

from kansrijk.signalling.views import coalition, public

app_name = "signalling"

C = "coalities/<slug:slug>/vroegsignalering"

urlpatterns = [
    path("vroegsignalering", public.index, name="index"),
    path("vroegsignalering/brede-gesprek", public.conversation, name="conversation"),
    path("vroegsignalering/screeningsinstrumenten", public.instruments, name="instruments"),
    path("vroegsignalering/netwerkkaart", public.network_map, name="network_map"),
    path(C, coalition.overview, name="coalition"),
    path(f"{C}/instrumenten", coalition.instrument_agreement, name="instrument_agreement"),
    path(f"{C}/huisbezoek", coalition.home_visit_agreement, name="home_visit_agreement"),
    path(f"{C}/huisbezoek/cijfers", coalition.home_visit_figures, name="home_visit_figures"),
    path(f"{C}/signalen/instelling", coalition.signal_setting, name="signal_setting"),
    path(f"{C}/signalen", coalition.signal_record, name="signal_record"),
    path(f"{C}/verwijscodes", coalition.referral_issue, name="referral_issue"),
    path(f"{C}/verwijscodes/uitkomst", coalition.referral_outcome, name="referral_outcome"),
]
