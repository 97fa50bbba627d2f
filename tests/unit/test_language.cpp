#include <doctest/doctest.h>

#include <iterator>
#include <string>

#include "cvdex/language.hpp"

namespace {

struct Row {
    const char* name;
    const char* text;
    const char* language;
};

void check_languages(const Row* begin, const Row* end) {
    for (const Row* row = begin; row != end; ++row) {
        SUBCASE(row->name) { CHECK(cvdex::detect_language(row->text) == std::string(row->language)); }
    }
}

}  // namespace

TEST_CASE("language: detect_language on CV text") {
    const Row table[] = {
        {"en",
         "Backend engineer with eight years of experience in the design of payment systems. I led a team of "
         "five and moved our services to Kubernetes.",
         "en"},
        {"en, mostly a skills list", "Dana Whitfield\nSenior engineer. Go, Kubernetes, Terraform, AWS, PostgreSQL.",
         "en"},
        {"de",
         "Softwareentwicklerin mit Erfahrung in der Entwicklung von Microservices für den Zahlungsverkehr. "
         "Ich arbeite gern im Team und mit Kunden.",
         "de"},
        {"de, with English technology names",
         "Kenntnisse: Java, Spring Boot, Kafka, Kubernetes, Docker, PostgreSQL\n"
         "Entwicklung von Diensten für die Logistik mit einem kleinen Team.",
         "de"},
        {"fr",
         "Développeur avec une expérience dans la conception de services pour les banques et les assurances. "
         "Je travaille en équipe avec les métiers.",
         "fr"},
        {"es",
         "Desarrollador con experiencia en el diseño de servicios para la banca y los seguros. Trabajo en equipo "
         "con las áreas de negocio.",
         "es"},
        {"ru",
         "Бэкенд-разработчик с опытом проектирования платёжных систем. Руководил командой из пяти человек.",
         "ru"},
        {"ru, with a technology list",
         "Иван Петров\nО себе\nБэкенд-разработчик, люблю простые решения.\nНавыки\n"
         "Python, Django, FastAPI, PostgreSQL, Redis, Docker, Kubernetes\nОпыт работы\n"
         "Ведущий разработчик, ООО Ромашка, 2019 - 2021\n- Перевёл сервисы с Django на FastAPI.\n"
         "- Настроил мониторинг и оповещения.",
         "ru"},
        {"ko", "백엔드 개발자로 결제 시스템을 설계하고 운영했습니다. 다섯 명의 팀을 이끌었습니다.", "ko"},
        {"ko, with Hanja headings", "經歷\n주식회사 샘플에서 백엔드 개발을 담당했습니다.\n學歷\n한국대학교 컴퓨터공학과 졸업",
         "ko"},
        {"ja", "株式会社サンプルにてバックエンド開発を担当しました。PythonとGoを使用したAPIの設計と運用を行いました。",
         "ja"},
        {"zh", "负责后端服务的设计与开发，使用Java、Spring Boot和MySQL。带领五人团队完成支付系统的迁移。", "zh"},
        {"zh, traditional", "負責後端服務的設計與開發。帶領五人團隊完成支付系統的遷移工作。", "zh"},
    };
    check_languages(std::begin(table), std::end(table));
}

TEST_CASE("language: too little text to tell") {
    const Row table[] = {
        {"empty", "", ""},
        {"a name", "Mira Kovalenko", ""},
        {"digits and punctuation", "2019 - 2021 | +49 151 2345 6789 | 2014-2016", ""},
        {"a few CJK characters", "山田 太郎", ""},
        {"a short Russian line", "Иван Петров", ""},
    };
    check_languages(std::begin(table), std::end(table));
}

TEST_CASE("language: a short Russian CV with a long Latin-script stack") {
    const Row table[] = {
        {"ru",
         "Иван Петров\nНавыки\nPython, Django, PostgreSQL, Docker, Kubernetes, AWS, Terraform, Grafana\n"
         "Опыт работы\nООО Ромашка, 2019 - 2021\nРазработка сервисов на Go и Python.",
         "ru"},
    };
    check_languages(std::begin(table), std::end(table));
}
