#pragma once
// Services for print tests, built in code so each test controls exactly what is printed.
#include <string>
#include <vector>

#include "core/model.h"
#include "core/print/print_request.h"

namespace ww::print::testing {

inline ServiceDetail sample_service(int n, const std::string& name = {}) {
    ServiceDetail d;
    ServiceSummary& s = d.summary;
    s.id = "svc-" + std::to_string(n);
    s.name = {name.empty() ? "Alzheimer Café Emmen " + std::to_string(n) : name,
              name.empty() ? "Alzheimer Café Emmen " + std::to_string(n) : name};
    s.summary = {"Een gezellige avond voor mensen met dementie en hun naasten. Er is koffie en uitleg.",
                 "A friendly evening for people with dementia and their loved ones. There is coffee."};
    s.town = "Emmen";
    s.municipality = "Emmen";
    s.phone = "0591 - 61 " + std::to_string(1000 + n);
    s.tags = {"meeting", "cost-free", "audience-carer"};
    s.opening = {{0, 540, 1020}, {1, 540, 1020}, {2, 540, 1020}, {3, 540, 1020}, {4, 540, 1020}, {5, 600, 720}};
    d.url = "https://example.org/dienst/" + std::to_string(n);
    ServiceLocation l;
    l.address = "Hoofdstraat " + std::to_string(n);
    l.postal_code = "7811 AB";
    l.city = "Emmen";
    l.municipality = "Emmen";
    l.transportation = {"Bus 4 tot halte Markt. Daarna twee minuten lopen.",
                        "Bus 4 to the Markt stop, then a two-minute walk."};
    d.locations.push_back(l);
    return d;
}

inline PrintRequest sample_request(int services, Paper paper, bool demo = true) {
    PrintRequest r;
    for (int i = 1; i <= services; ++i) r.services.push_back(sample_service(i));
    r.paper = paper;
    r.kiosk_name = "Wegwijzer";
    r.kiosk_place = "Bibliotheek Emmen";
    r.helpline_name = {"Dementielijn", "Dementia helpline"};
    r.helpline_phone = "0800 5088";
    r.catalogue.created = "2026-11-01";
    r.catalogue.demo = demo;
    return r;
}

}  // namespace ww::print::testing
